package ledger.account;

import static ledger.account.AccountFixtures.PERSON;
import static ledger.account.AccountFixtures.accountFixture;
import static ledger.account.AccountFixtures.balances;
import static ledger.account.AccountFixtures.yuan;
import static ledger.account.value.Relation.CHILD;
import static ledger.policy.Category.EMPLOYEE;
import static ledger.policy.Category.RETIREE;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import ledger.account.command.OpenAccount;
import ledger.account.command.PostMonthlyCredit;
import ledger.account.command.RegisterFamilyMember;
import ledger.account.event.AccountOpened;
import ledger.account.event.FamilyMemberRegistered;
import ledger.account.event.MonthlyCreditPosted;
import ledger.account.event.RegisteredAsFamilyMember;
import ledger.account.value.Relation;
import ledger.money.Pot;
import ledger.payment.InMemoryLedger;
import ledger.policy.CreditBasis;
import ledger.policy.CreditMethod;
import ledger.refusal.RuleRefusal;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Yuxi (玉溪), the sixth region (002 玉 第二条, 第六条, 第十五条–第二十一条, 第三十一条). */
class YuxiTest {

    private static final LocalDate CUTOVER = LocalDate.of(2023, 1, 1);
    private static final LocalDate OPENED = LocalDate.of(2021, 3, 1);
    private static final String HOLDER = "530402198505050011";
    private static final String SON = "530402201201010022";
    private static final String BEIJING_WIFE = "110101198606060044";

    private final RefusalRecorder refusals = new RefusalRecorder();
    private final AggregateTestFixture<PersonalAccount> fixture = accountFixture(refusals);
    private final InMemoryLedger ledger = new InMemoryLedger();

    @AfterEach
    void closeLedger() {
        ledger.close();
    }

    /** 第十五条: 本人参保缴费基数的2%; 6,000.00 × 2% = 120.00, earmarked from the 2023 cutover (第三十一条). */
    @Test
    void creditsAYuxiEmployeeTwoPercentOfHisBaseIntoTheEarmarkedPot() {
        LocalDate allocated = LocalDate.of(2024, 3, 5);
        CreditBasis basis = new CreditBasis("YUXI-ACTIVE-2PCT", sourceOf("YUXI-ACTIVE-2PCT"), EMPLOYEE,
                CreditMethod.PERCENT_OF_CONTRIBUTION_BASE, yuan("6000.00"), new BigDecimal("0.02"), null, null,
                CUTOVER);

        fixture.given(new AccountOpened(PERSON, "YUXI", EMPLOYEE, LocalDate.of(1985, 5, 5), OPENED, null))
                .when(new PostMonthlyCredit(PERSON, YearMonth.of(2024, 3), yuan("6000.00"), allocated))
                .expectEvents(new MonthlyCreditPosted(PERSON, YearMonth.of(2024, 3), yuan("120.00"), Pot.EARMARKED,
                        allocated, false, basis, balances("0.00", "120.00")));
    }

    /** 第十五条: the retiree amount is "2% of the reform year's average pension", a figure not in the seeds. */
    @Test
    void cannotCreditAYuxiRetireeUntilTheBureausFigureIsConfigured() {
        fixture.given(new AccountOpened(PERSON, "YUXI", RETIREE, LocalDate.of(1955, 5, 5), OPENED,
                        LocalDate.of(2015, 5, 5)))
                .when(new PostMonthlyCredit(PERSON, YearMonth.of(2024, 3), null, LocalDate.of(2024, 3, 5)))
                .expectNoEvents();

        refusals.assertRefused(RuleRefusal.class, "policy-not-configured");
    }

    @Test
    void cannotRegisterAYuxiFamilyMemberBeforeTheRulesComeIntoForce() {
        openHolderAndSon();
        Map<String, List<Object>> before = ledger.histories(HOLDER, SON);

        ledger.assertRefused(new RegisterFamilyMember(HOLDER, SON, CHILD, CUTOVER.minusDays(1)), RuleRefusal.class,
                "family-registration-not-open");

        assertThat(ledger.histories(HOLDER, SON)).isEqualTo(before);
    }

    @Test
    void registersAYuxiFamilyMemberFromTheFirstDayOf2023() {
        openHolderAndSon();

        ledger.send(new RegisterFamilyMember(HOLDER, SON, CHILD, CUTOVER));

        assertThat(ledger.eventsOf(HOLDER)).endsWith(new FamilyMemberRegistered(HOLDER, SON, CHILD, CUTOVER));
        assertThat(ledger.eventsOf(SON)).endsWith(new RegisteredAsFamilyMember(SON, HOLDER, CHILD, CUTOVER,
                List.of(HOLDER)));
    }

    /** 第十六条: 配偶、父母、子女范围仅限在云南省参保人员; Beijing is not in Yunnan. */
    @Test
    void cannotRegisterAFamilyMemberInsuredOutsideYunnan() {
        openHolderAndSon();
        ledger.send(new OpenAccount(BEIJING_WIFE, "BEIJING", EMPLOYEE, LocalDate.of(1986, 6, 6), OPENED, null, null));
        Map<String, List<Object>> before = ledger.histories(HOLDER, BEIJING_WIFE);

        ledger.assertRefused(new RegisterFamilyMember(HOLDER, BEIJING_WIFE, Relation.SPOUSE, CUTOVER),
                RuleRefusal.class, "member-in-other-region");

        assertThat(ledger.histories(HOLDER, BEIJING_WIFE)).isEqualTo(before);
    }

    private void openHolderAndSon() {
        ledger.send(new OpenAccount(HOLDER, "YUXI", EMPLOYEE, LocalDate.of(1985, 5, 5), OPENED, null, null));
        ledger.send(new OpenAccount(SON, "YUXI", EMPLOYEE, LocalDate.of(2004, 1, 1), OPENED, null, null));
    }

    private static String sourceOf(String ruleId) {
        return AccountFixtures.CATALOG.region("YUXI").creditRules().stream()
                .filter(rule -> rule.id().equals(ruleId)).findFirst().orElseThrow().source();
    }
}
