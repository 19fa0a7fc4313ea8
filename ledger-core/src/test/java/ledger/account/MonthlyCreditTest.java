package ledger.account;

import static ledger.account.AccountFixtures.PERSON;
import static ledger.account.AccountFixtures.accountFixture;
import static ledger.account.AccountFixtures.balances;
import static ledger.account.AccountFixtures.beijingActiveBasis;
import static ledger.account.AccountFixtures.beijingRetireeBasis;
import static ledger.account.AccountFixtures.yuan;
import static ledger.money.Pot.EARMARKED;
import static ledger.money.Pot.WITHDRAWABLE;
import static ledger.policy.Category.EMPLOYEE;
import static ledger.policy.Category.FLEXIBLE_EMPLOYEE;
import static ledger.policy.Category.RETIREE;

import java.time.LocalDate;
import java.time.YearMonth;
import ledger.account.command.PostMonthlyCredit;
import ledger.account.event.AccountOpened;
import ledger.account.event.LegacyBalanceMigrated;
import ledger.account.event.MonthlyCreditPosted;
import ledger.account.receipt.CreditReceipt;
import ledger.refusal.ConflictWithHistory;
import ledger.refusal.InvalidInput;
import ledger.refusal.RuleRefusal;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MonthlyCreditTest {

    private static final LocalDate BORN = LocalDate.of(1980, 5, 20);
    private static final LocalDate OPENED = LocalDate.of(2022, 1, 10);
    private static final AccountOpened BEIJING_EMPLOYEE =
            new AccountOpened(PERSON, "BEIJING", EMPLOYEE, BORN, OPENED, null);
    private static final YearMonth MARCH_2024 = YearMonth.of(2024, 3);
    private static final LocalDate MARCH_5 = LocalDate.of(2024, 3, 5);

    private final RefusalRecorder refusals = new RefusalRecorder();
    private AggregateTestFixture<PersonalAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = accountFixture(refusals);
    }

    @Test
    void creditsEmployeeTwoPercentOfContributionBaseToEarmarkedPot() {
        MonthlyCreditPosted posted = new MonthlyCreditPosted(PERSON, MARCH_2024, yuan("246.91"), EARMARKED, MARCH_5,
                false, beijingActiveBasis(EMPLOYEE, "12345.67"), balances("0.00", "246.91"));

        fixture.given(BEIJING_EMPLOYEE)
                .when(new PostMonthlyCredit(PERSON, MARCH_2024, yuan("12345.67"), MARCH_5))
                .expectEvents(posted)
                .expectResultMessagePayload(new CreditReceipt(MARCH_2024, yuan("246.91"), EARMARKED,
                        beijingActiveBasis(EMPLOYEE, "12345.67"), balances("0.00", "246.91")));
    }

    @Test
    void creditsMoneyAllocatedBeforeCutoverToWithdrawablePot() {
        YearMonth august2022 = YearMonth.of(2022, 8);
        LocalDate august31 = LocalDate.of(2022, 8, 31);

        fixture.given(BEIJING_EMPLOYEE)
                .when(new PostMonthlyCredit(PERSON, august2022, yuan("10000.00"), august31))
                .expectEvents(new MonthlyCreditPosted(PERSON, august2022, yuan("200.00"), WITHDRAWABLE, august31,
                        false, beijingActiveBasis(EMPLOYEE, "10000.00"), balances("200.00", "0.00")));
    }

    @Test
    void creditsPreReformMonthCollectedAfterCutoverToEarmarkedPotAsBackFilled() {
        YearMonth august2022 = YearMonth.of(2022, 8);
        LocalDate cutoverDay = LocalDate.of(2022, 9, 1);

        fixture.given(BEIJING_EMPLOYEE)
                .when(new PostMonthlyCredit(PERSON, august2022, yuan("10000.00"), cutoverDay))
                .expectEvents(new MonthlyCreditPosted(PERSON, august2022, yuan("200.00"), EARMARKED, cutoverDay,
                        true, beijingActiveBasis(EMPLOYEE, "10000.00"), balances("0.00", "200.00")));
    }

    @Test
    void creditsOnTopOfTheBalancesAlreadyHeld() {
        LocalDate april5 = LocalDate.of(2024, 4, 5);

        fixture.given(BEIJING_EMPLOYEE,
                        new LegacyBalanceMigrated(PERSON, yuan("500.00"), OPENED, balances("500.00", "0.00")),
                        new MonthlyCreditPosted(PERSON, MARCH_2024, yuan("246.91"), EARMARKED, MARCH_5, false,
                                beijingActiveBasis(EMPLOYEE, "12345.67"), balances("500.00", "246.91")))
                .when(new PostMonthlyCredit(PERSON, YearMonth.of(2024, 4), yuan("12345.67"), april5))
                .expectEvents(new MonthlyCreditPosted(PERSON, YearMonth.of(2024, 4), yuan("246.91"), EARMARKED,
                        april5, false, beijingActiveBasis(EMPLOYEE, "12345.67"), balances("500.00", "493.82")));
    }

    @Test
    void creditsMonthCollectedLateAsBackFilled() {
        YearMonth january2024 = YearMonth.of(2024, 1);

        fixture.given(BEIJING_EMPLOYEE)
                .when(new PostMonthlyCredit(PERSON, january2024, yuan("12345.67"), MARCH_5))
                .expectEvents(new MonthlyCreditPosted(PERSON, january2024, yuan("246.91"), EARMARKED, MARCH_5, true,
                        beijingActiveBasis(EMPLOYEE, "12345.67"), balances("0.00", "246.91")));
    }

    @Test
    void creditsOnTheLastDayOfItsOwnPeriodAsNotBackFilled() {
        LocalDate march31 = LocalDate.of(2024, 3, 31);

        fixture.given(BEIJING_EMPLOYEE)
                .when(new PostMonthlyCredit(PERSON, MARCH_2024, yuan("12345.67"), march31))
                .expectEvents(new MonthlyCreditPosted(PERSON, MARCH_2024, yuan("246.91"), EARMARKED, march31, false,
                        beijingActiveBasis(EMPLOYEE, "12345.67"), balances("0.00", "246.91")));
    }

    @Test
    void creditsRetireeFixedAmountOfTheAgeBand() {
        LocalDate born = LocalDate.of(1954, 6, 15);
        YearMonth june2024 = YearMonth.of(2024, 6);
        LocalDate june5 = LocalDate.of(2024, 6, 5);

        fixture.given(new AccountOpened(PERSON, "BEIJING", RETIREE, born, OPENED, LocalDate.of(2014, 6, 15)))
                .when(new PostMonthlyCredit(PERSON, june2024, null, june5))
                .expectEvents(new MonthlyCreditPosted(PERSON, june2024, yuan("110.00"), EARMARKED, june5, false,
                        beijingRetireeBasis(RETIREE, 70, "70 and over"), balances("0.00", "110.00")));
    }

    @Test
    void cannotCreditAPeriodTwice() {
        fixture.given(BEIJING_EMPLOYEE,
                        new MonthlyCreditPosted(PERSON, MARCH_2024, yuan("246.91"), EARMARKED, MARCH_5, false,
                                beijingActiveBasis(EMPLOYEE, "12345.67"), balances("0.00", "246.91")))
                .when(new PostMonthlyCredit(PERSON, MARCH_2024, yuan("12345.67"), LocalDate.of(2024, 3, 6)))
                .expectNoEvents();

        refusals.assertRefused(ConflictWithHistory.class, "period-already-credited");
    }

    /** A region's monthly run pays from that region's fund only (the batch names its region). */
    @Test
    void cannotCreditAPersonOfAnotherRegionInThatRegionsRun() {
        fixture.given(BEIJING_EMPLOYEE)
                .when(new PostMonthlyCredit(PERSON, MARCH_2024, yuan("12345.67"), MARCH_5, "SHANGHAI"))
                .expectNoEvents();

        refusals.assertRefused(RuleRefusal.class, "person-of-other-region");
    }

    @Test
    void cannotCreditAPeriodBeforeTheOpeningMonth() {
        fixture.given(BEIJING_EMPLOYEE)
                .when(new PostMonthlyCredit(PERSON, YearMonth.of(2021, 12), yuan("12345.67"), MARCH_5))
                .expectNoEvents();

        refusals.assertRefused(RuleRefusal.class, "period-before-opening");
    }

    @Test
    void canCreditTheOpeningMonth() {
        YearMonth january2022 = YearMonth.of(2022, 1);
        LocalDate january31 = LocalDate.of(2022, 1, 31);

        fixture.given(BEIJING_EMPLOYEE)
                .when(new PostMonthlyCredit(PERSON, january2022, yuan("10000.00"), january31))
                .expectEvents(new MonthlyCreditPosted(PERSON, january2022, yuan("200.00"), WITHDRAWABLE, january31,
                        false, beijingActiveBasis(EMPLOYEE, "10000.00"), balances("200.00", "0.00")));
    }

    @Test
    void cannotAllocateACreditBeforeItsPeriod() {
        fixture.given(BEIJING_EMPLOYEE)
                .when(new PostMonthlyCredit(PERSON, MARCH_2024, yuan("12345.67"), LocalDate.of(2024, 2, 29)))
                .expectNoEvents();

        refusals.assertRefused(RuleRefusal.class, "allocated-before-period");
    }

    @Test
    void cannotCreditEmployeeWithoutContributionBase() {
        fixture.given(BEIJING_EMPLOYEE)
                .when(new PostMonthlyCredit(PERSON, MARCH_2024, null, MARCH_5))
                .expectNoEvents();

        refusals.assertRefused(InvalidInput.class, "contribution-base-required");
    }

    @Test
    void cannotCreditFlexibleEmployeeWhereTheRegionCreditsNone() {
        fixture.given(new AccountOpened(PERSON, "WUHAN", FLEXIBLE_EMPLOYEE, BORN, OPENED, null))
                .when(new PostMonthlyCredit(PERSON, MARCH_2024, yuan("4567.89"), MARCH_5))
                .expectNoEvents();

        refusals.assertRefused(RuleRefusal.class, "category-not-credited");
    }

    @Test
    void cannotCreditRetireeWhileTheBureausFigureIsNotConfigured() {
        fixture.given(new AccountOpened(PERSON, "TONGLIAO", RETIREE, LocalDate.of(1954, 6, 15), OPENED, null))
                .when(new PostMonthlyCredit(PERSON, MARCH_2024, null, MARCH_5))
                .expectNoEvents();

        refusals.assertRefused(RuleRefusal.class, "policy-not-configured");
    }
}
