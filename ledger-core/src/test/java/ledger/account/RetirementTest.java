package ledger.account;

import static ledger.account.AccountFixtures.PERSON;
import static ledger.account.AccountFixtures.accountFixture;
import static ledger.account.AccountFixtures.balances;
import static ledger.account.AccountFixtures.beijingActiveBasis;
import static ledger.account.AccountFixtures.beijingRetireeBasis;
import static ledger.account.AccountFixtures.yuan;
import static ledger.money.Pot.EARMARKED;
import static ledger.policy.Category.EMPLOYEE;
import static ledger.policy.Category.FLEXIBLE_EMPLOYEE;
import static ledger.policy.Category.FLEXIBLE_RETIREE;
import static ledger.policy.Category.RETIREE;

import java.time.LocalDate;
import java.time.YearMonth;
import ledger.account.command.PostMonthlyCredit;
import ledger.account.command.RecordRetirement;
import ledger.account.event.AccountOpened;
import ledger.account.event.CreditCorrected;
import ledger.account.event.MonthlyCreditPosted;
import ledger.account.event.RetirementRecorded;
import ledger.refusal.ConflictWithHistory;
import ledger.refusal.InvalidInput;
import ledger.refusal.RuleRefusal;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetirementTest {

    private static final LocalDate BORN = LocalDate.of(1964, 6, 15);
    private static final LocalDate OPENED = LocalDate.of(2020, 3, 1);
    private static final LocalDate RETIRED = LocalDate.of(2024, 6, 15);
    private static final YearMonth JUNE_2024 = YearMonth.of(2024, 6);
    private static final YearMonth JULY_2024 = YearMonth.of(2024, 7);
    private static final LocalDate JUNE_5 = LocalDate.of(2024, 6, 5);
    private static final LocalDate JULY_5 = LocalDate.of(2024, 7, 5);
    private static final AccountOpened BEIJING_EMPLOYEE =
            new AccountOpened(PERSON, "BEIJING", EMPLOYEE, BORN, OPENED, null);
    private static final RetirementRecorded RETIREMENT =
            new RetirementRecorded(PERSON, RETIRED, EMPLOYEE, RETIREE, JULY_2024);
    private static final MonthlyCreditPosted JUNE_CREDITED = new MonthlyCreditPosted(PERSON, JUNE_2024,
            yuan("200.00"), EARMARKED, JUNE_5, false, beijingActiveBasis(EMPLOYEE, "10000.00"),
            balances("0.00", "200.00"));

    private final RefusalRecorder refusals = new RefusalRecorder();
    private AggregateTestFixture<PersonalAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = accountFixture(refusals);
    }

    @Test
    void canRecordRetirementWithRetireeRulesFromTheNextMonth() {
        fixture.given(BEIJING_EMPLOYEE)
                .when(new RecordRetirement(PERSON, RETIRED))
                .expectSuccessfulHandlerExecution()
                .expectEvents(RETIREMENT);
    }

    @Test
    void retiresFlexibleEmployeeAsFlexibleRetiree() {
        fixture.given(new AccountOpened(PERSON, "BEIJING", FLEXIBLE_EMPLOYEE, BORN, OPENED, null))
                .when(new RecordRetirement(PERSON, RETIRED))
                .expectEvents(new RetirementRecorded(PERSON, RETIRED, FLEXIBLE_EMPLOYEE, FLEXIBLE_RETIREE, JULY_2024));
    }

    @Test
    void creditsTheRetirementMonthByTheEmployeeRule() {
        fixture.given(BEIJING_EMPLOYEE, RETIREMENT)
                .when(new PostMonthlyCredit(PERSON, JUNE_2024, yuan("10000.00"), JUNE_5))
                .expectEvents(JUNE_CREDITED);
    }

    @Test
    void cannotCreditTheRetirementMonthWithoutContributionBase() {
        fixture.given(BEIJING_EMPLOYEE, RETIREMENT)
                .when(new PostMonthlyCredit(PERSON, JUNE_2024, null, JUNE_5))
                .expectNoEvents();

        refusals.assertRefused(InvalidInput.class, "contribution-base-required");
    }

    @Test
    void creditsTheRetireeFixedAmountFromTheMonthAfterRetirement() {
        fixture.given(BEIJING_EMPLOYEE, RETIREMENT, JUNE_CREDITED)
                .when(new PostMonthlyCredit(PERSON, JULY_2024, null, JULY_5))
                .expectEvents(new MonthlyCreditPosted(PERSON, JULY_2024, yuan("100.00"), EARMARKED, JULY_5, false,
                        beijingRetireeBasis(RETIREE, 60, "under 70"), balances("0.00", "300.00")));
    }

    @Test
    void cannotRetireTwice() {
        fixture.given(BEIJING_EMPLOYEE, RETIREMENT)
                .when(new RecordRetirement(PERSON, RETIRED.plusMonths(1)))
                .expectNoEvents();

        refusals.assertRefused(ConflictWithHistory.class, "already-retired");
    }

    @Test
    void cannotRetireAPersonWhoseAccountWasOpenedAsRetiree() {
        fixture.given(new AccountOpened(PERSON, "BEIJING", RETIREE, BORN, OPENED, null))
                .when(new RecordRetirement(PERSON, RETIRED))
                .expectNoEvents();

        refusals.assertRefused(ConflictWithHistory.class, "already-retired");
    }

    @Test
    void aRetirementReportedLateCorrectsTheLaterMonthsCreditedByTheEmployeeRule() {
        fixture.given(BEIJING_EMPLOYEE, new MonthlyCreditPosted(PERSON, JULY_2024, yuan("200.00"), EARMARKED,
                        JULY_5, false, beijingActiveBasis(EMPLOYEE, "10000.00"), balances("0.00", "200.00")))
                .when(new RecordRetirement(PERSON, RETIRED, LocalDate.of(2024, 9, 2)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(RETIREMENT, new CreditCorrected(PERSON, JULY_2024, "retirement on 2024-06-15",
                        yuan("200.00"), yuan("100.00"), beijingRetireeBasis(RETIREE, 60, "under 70"), EARMARKED,
                        yuan("0.00"), yuan("0.00"), yuan("100.00"), yuan("0.00"), LocalDate.of(2024, 9, 2),
                        balances("0.00", "100.00")));
    }

    @Test
    void canRecordRetirementWhenOnlyTheRetirementMonthIsCredited() {
        fixture.given(BEIJING_EMPLOYEE, JUNE_CREDITED)
                .when(new RecordRetirement(PERSON, RETIRED))
                .expectEvents(RETIREMENT);
    }

    @Test
    void cannotRecordRetirementBeforeTheAccountWasOpened() {
        fixture.given(BEIJING_EMPLOYEE)
                .when(new RecordRetirement(PERSON, OPENED.minusDays(1)))
                .expectNoEvents();

        refusals.assertRefused(RuleRefusal.class, "retirement-before-opening");
    }
}
