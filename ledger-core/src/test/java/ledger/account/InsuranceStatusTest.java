package ledger.account;

import static ledger.account.AccountFixtures.CATALOG;
import static ledger.account.AccountFixtures.PERSON;
import static ledger.account.AccountFixtures.accountFixture;
import static ledger.account.AccountFixtures.balances;
import static ledger.account.AccountFixtures.beijingActiveBasis;
import static ledger.account.AccountFixtures.yuan;
import static ledger.money.Pot.EARMARKED;
import static ledger.policy.Category.EMPLOYEE;
import static ledger.policy.Category.FLEXIBLE_EMPLOYEE;
import static ledger.policy.Category.RETIREE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import ledger.account.command.ChangeInsuranceStatus;
import ledger.account.command.PostMonthlyCredit;
import ledger.account.command.RecordRetirement;
import ledger.account.event.AccountOpened;
import ledger.account.event.CreditCorrected;
import ledger.account.event.InsuranceStatusChanged;
import ledger.account.event.MonthlyCreditPosted;
import ledger.account.event.RetirementRecorded;
import ledger.money.Money;
import ledger.policy.CreditBasis;
import ledger.policy.CreditMethod;
import ledger.policy.InsuranceStatus;
import ledger.refusal.ConflictWithHistory;
import ledger.refusal.RuleRefusal;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A change of insurance status (000 Q14, 002 汉 第六条): credits after it follow the new status. */
class InsuranceStatusTest {

    private static final LocalDate BORN = LocalDate.of(1980, 5, 20);
    private static final LocalDate OPENED = LocalDate.of(2023, 1, 1);
    private static final LocalDate CHANGED = LocalDate.of(2024, 3, 15);
    private static final LocalDate TODAY = LocalDate.of(2024, 5, 10);
    private static final YearMonth MARCH = YearMonth.of(2024, 3);
    private static final YearMonth APRIL = YearMonth.of(2024, 4);
    private static final AccountOpened WUHAN_EMPLOYEE = new AccountOpened(PERSON, "WUHAN", EMPLOYEE, BORN, OPENED, null);
    private static final InsuranceStatusChanged WUHAN_TURNED_FLEXIBLE = new InsuranceStatusChanged(PERSON,
            InsuranceStatus.EMPLOYEE, InsuranceStatus.FLEXIBLE_EMPLOYEE, CHANGED, APRIL);

    private final RefusalRecorder refusals = new RefusalRecorder();
    private AggregateTestFixture<PersonalAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = accountFixture(refusals);
    }

    private static CreditBasis wuhanEmployeeBasis() {
        String source = CATALOG.region("WUHAN").creditRules().stream()
                .filter(rule -> rule.id().equals("WUHAN-EMPLOYEE-2PCT")).findFirst().orElseThrow().source();
        return new CreditBasis("WUHAN-EMPLOYEE-2PCT", source, EMPLOYEE, CreditMethod.PERCENT_OF_CONTRIBUTION_BASE,
                yuan("5000.00"), new BigDecimal("0.02"), null, null, LocalDate.of(2023, 1, 1));
    }

    private static MonthlyCreditPosted wuhanCredit(YearMonth period, String earmarkedAfter) {
        return new MonthlyCreditPosted(PERSON, period, yuan("100.00"), EARMARKED, period.atDay(5), false,
                wuhanEmployeeBasis(), balances("0.00", earmarkedAfter));
    }

    @Test
    void canChangeTheInsuranceStatusWithNewRulesFromTheNextMonth() {
        fixture.given(WUHAN_EMPLOYEE)
                .when(new ChangeInsuranceStatus(PERSON, InsuranceStatus.FLEXIBLE_EMPLOYEE, CHANGED, TODAY))
                .expectSuccessfulHandlerExecution()
                .expectEvents(WUHAN_TURNED_FLEXIBLE);
    }

    @Test
    void aWuhanEmployeeTurnedFlexibleWorkerIsNoLongerCredited() {
        fixture.given(WUHAN_EMPLOYEE, WUHAN_TURNED_FLEXIBLE)
                .when(new PostMonthlyCredit(PERSON, APRIL, yuan("5000.00"), APRIL.atDay(5)))
                .expectNoEvents();

        refusals.assertRefused(RuleRefusal.class, "category-not-credited");
    }

    @Test
    void theMonthOfTheChangeIsStillCreditedByTheOldStatus() {
        fixture.given(WUHAN_EMPLOYEE, WUHAN_TURNED_FLEXIBLE)
                .when(new PostMonthlyCredit(PERSON, MARCH, yuan("5000.00"), MARCH.atDay(5)))
                .expectEvents(wuhanCredit(MARCH, "100.00"));
    }

    @Test
    void aStatusChangeReportedLateTakesBackTheCreditsItEnds() {
        fixture.given(WUHAN_EMPLOYEE, wuhanCredit(MARCH, "100.00"), wuhanCredit(APRIL, "200.00"))
                .when(new ChangeInsuranceStatus(PERSON, InsuranceStatus.FLEXIBLE_EMPLOYEE, CHANGED, TODAY))
                .expectEvents(WUHAN_TURNED_FLEXIBLE, new CreditCorrected(PERSON, APRIL,
                        "insurance status FLEXIBLE_EMPLOYEE from 2024-03-15", yuan("100.00"), Money.ZERO, null,
                        EARMARKED, Money.ZERO, Money.ZERO, yuan("100.00"), Money.ZERO, TODAY,
                        balances("0.00", "100.00")));
    }

    @Test
    void aBeijingFlexibleWorkerIsCreditedAsAnEmployeeSoNothingIsCorrected() {
        fixture.given(new AccountOpened(PERSON, "BEIJING", EMPLOYEE, BORN, OPENED, null),
                        new MonthlyCreditPosted(PERSON, APRIL, yuan("200.00"), EARMARKED, APRIL.atDay(5), false,
                                beijingActiveBasis(EMPLOYEE, "10000.00"), balances("0.00", "200.00")))
                .when(new ChangeInsuranceStatus(PERSON, InsuranceStatus.FLEXIBLE_EMPLOYEE, CHANGED, TODAY))
                .expectEvents(new InsuranceStatusChanged(PERSON, InsuranceStatus.EMPLOYEE,
                        InsuranceStatus.FLEXIBLE_EMPLOYEE, CHANGED, APRIL));
    }

    @Test
    void aPersonWhoMovedToTheResidentSchemeIsNotCredited() {
        fixture.given(WUHAN_EMPLOYEE, new InsuranceStatusChanged(PERSON, InsuranceStatus.EMPLOYEE,
                        InsuranceStatus.RESIDENT_SCHEME, CHANGED, APRIL))
                .when(new PostMonthlyCredit(PERSON, APRIL, yuan("5000.00"), APRIL.atDay(5)))
                .expectNoEvents();

        refusals.assertRefused(RuleRefusal.class, "status-not-credited");
    }

    @Test
    void cannotChangeTheStatusBeforeTheAccountWasOpened() {
        fixture.given(WUHAN_EMPLOYEE)
                .when(new ChangeInsuranceStatus(PERSON, InsuranceStatus.NOT_CONTRIBUTING, OPENED.minusDays(1), TODAY))
                .expectNoEvents();

        refusals.assertRefused(RuleRefusal.class, "status-change-before-opening");
    }

    @Test
    void cannotChangeToTheStatusThePersonAlreadyHas() {
        fixture.given(WUHAN_EMPLOYEE)
                .when(new ChangeInsuranceStatus(PERSON, InsuranceStatus.EMPLOYEE, CHANGED, TODAY))
                .expectNoEvents();

        refusals.assertRefused(ConflictWithHistory.class, "status-unchanged");
    }

    @Test
    void cannotChangeTheStatusOfARetiree() {
        fixture.given(new AccountOpened(PERSON, "WUHAN", RETIREE, BORN, OPENED, null))
                .when(new ChangeInsuranceStatus(PERSON, InsuranceStatus.FLEXIBLE_EMPLOYEE, CHANGED, TODAY))
                .expectNoEvents();

        refusals.assertRefused(RuleRefusal.class, "status-change-of-retiree");
    }

    @Test
    void cannotRecordAStatusChangeBeforeOneAlreadyRecorded() {
        fixture.given(WUHAN_EMPLOYEE, WUHAN_TURNED_FLEXIBLE)
                .when(new ChangeInsuranceStatus(PERSON, InsuranceStatus.EMPLOYEE, CHANGED.minusDays(1), TODAY))
                .expectNoEvents();

        refusals.assertRefused(RuleRefusal.class, "status-change-before-earlier-change");
    }

    @Test
    void aFlexibleWorkerWhoRetiresBecomesAFlexibleRetiree() {
        fixture.given(WUHAN_EMPLOYEE, WUHAN_TURNED_FLEXIBLE)
                .when(new RecordRetirement(PERSON, LocalDate.of(2024, 8, 31), TODAY))
                .expectEvents(new RetirementRecorded(PERSON, LocalDate.of(2024, 8, 31), FLEXIBLE_EMPLOYEE,
                        ledger.policy.Category.FLEXIBLE_RETIREE, YearMonth.of(2024, 9)));
    }
}
