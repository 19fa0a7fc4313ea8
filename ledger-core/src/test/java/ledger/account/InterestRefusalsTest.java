package ledger.account;

import static ledger.account.AccountFixtures.PERSON;
import static ledger.account.AccountFixtures.accountFixture;
import static ledger.account.AccountFixtures.balances;
import static ledger.account.AccountFixtures.beijingActiveBasis;
import static ledger.account.AccountFixtures.yuan;
import static ledger.account.InterestFixtures.beijingInterest;
import static ledger.account.InterestFixtures.quarter;
import static ledger.account.InterestFixtures.wholeQuarter;
import static ledger.money.Pot.EARMARKED;
import static ledger.money.Pot.WITHDRAWABLE;
import static ledger.policy.Category.EMPLOYEE;

import java.time.LocalDate;
import java.time.YearMonth;
import ledger.account.command.PostInterest;
import ledger.account.command.PostMonthlyCredit;
import ledger.account.command.WithdrawCash;
import ledger.account.event.AccountOpened;
import ledger.account.event.CashWithdrawn;
import ledger.account.event.LegacyBalanceMigrated;
import ledger.account.event.MonthlyCreditPosted;
import ledger.interest.Quarter;
import ledger.refusal.ConflictWithHistory;
import ledger.refusal.RuleRefusal;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A quarter is paid once, only after its interest day, and once paid nothing may change the balances
 * it was computed from (domain-rules §3, §9: corrections are new events, never silent rewrites).
 */
class InterestRefusalsTest {

    private static final LocalDate OPENED_ON = LocalDate.of(2024, 12, 1);
    private static final Quarter Q1_2025 = quarter("2025-Q1");
    private static final LocalDate INTEREST_DAY = LocalDate.of(2025, 3, 20);
    private static final LocalDate CREDIT_DAY = LocalDate.of(2025, 3, 21);
    private static final YearMonth MARCH_2025 = YearMonth.of(2025, 3);
    /** 500.00 withdrawable from opening; the worked example's 1,000.00 and 100.00 earmarked; 2025-Q1 paid. */
    private static final Object[] Q1_PAID_HISTORY = {
            new AccountOpened(PERSON, "BEIJING", EMPLOYEE, LocalDate.of(1980, 5, 20), OPENED_ON, null),
            new LegacyBalanceMigrated(PERSON, yuan("500.00"), OPENED_ON, balances("500.00", "0.00")),
            new MonthlyCreditPosted(PERSON, YearMonth.of(2024, 12), yuan("1000.00"), EARMARKED,
                    LocalDate.of(2024, 12, 21), false, beijingActiveBasis(EMPLOYEE, "50000.00"),
                    balances("500.00", "1000.00")),
            new MonthlyCreditPosted(PERSON, YearMonth.of(2025, 2), yuan("100.00"), EARMARKED,
                    LocalDate.of(2025, 2, 1), false, beijingActiveBasis(EMPLOYEE, "5000.00"),
                    balances("500.00", "1100.00")),
            beijingInterest(PERSON, Q1_2025,
                    wholeQuarter(WITHDRAWABLE, Q1_2025, "0.0010", 4_500_000, "0.13"),
                    wholeQuarter(EARMARKED, Q1_2025, "0.0010", 9_480_000, "0.26"),
                    balances("500.13", "1100.26"))};

    private final RefusalRecorder refusals = new RefusalRecorder();
    private AggregateTestFixture<PersonalAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = accountFixture(refusals);
    }

    @Test
    void cannotPayAQuarterTwice() {
        fixture.given(Q1_PAID_HISTORY)
                .when(new PostInterest(PERSON, Q1_2025, LocalDate.of(2025, 4, 1)))
                .expectNoEvents();

        refusals.assertRefused(ConflictWithHistory.class, "quarter-already-paid");
    }

    @Test
    void cannotPayAQuarterOnItsInterestDay() {
        fixture.given(openedWithoutInterest())
                .when(new PostInterest(PERSON, Q1_2025, INTEREST_DAY))
                .expectNoEvents();

        refusals.assertRefused(RuleRefusal.class, "quarter-not-ended");
    }

    @Test
    void cannotPayAQuarterBeforeItsInterestDay() {
        fixture.given(openedWithoutInterest())
                .when(new PostInterest(PERSON, Q1_2025, LocalDate.of(2025, 2, 15)))
                .expectNoEvents();

        refusals.assertRefused(RuleRefusal.class, "quarter-not-ended");
    }

    @Test
    void cannotPayAQuarterOfTheFuture() {
        fixture.given(openedWithoutInterest())
                .when(new PostInterest(PERSON, quarter("2099-Q1"), CREDIT_DAY))
                .expectNoEvents();

        refusals.assertRefused(RuleRefusal.class, "quarter-not-ended");
    }

    @Test
    void cannotAllocateACreditOnAPaidInterestDay() {
        fixture.given(Q1_PAID_HISTORY)
                .when(new PostMonthlyCredit(PERSON, MARCH_2025, yuan("5000.00"), INTEREST_DAY))
                .expectNoEvents();

        refusals.assertRefused(RuleRefusal.class, "before-paid-interest");
    }

    @Test
    void cannotAllocateACreditBeforeAPaidInterestDay() {
        fixture.given(Q1_PAID_HISTORY)
                .when(new PostMonthlyCredit(PERSON, MARCH_2025, yuan("5000.00"), LocalDate.of(2025, 3, 5)))
                .expectNoEvents();

        refusals.assertRefused(RuleRefusal.class, "before-paid-interest");
    }

    @Test
    void canAllocateACreditOnTheDayInterestWasCredited() {
        fixture.given(Q1_PAID_HISTORY)
                .when(new PostMonthlyCredit(PERSON, MARCH_2025, yuan("5000.00"), CREDIT_DAY))
                .expectEvents(new MonthlyCreditPosted(PERSON, MARCH_2025, yuan("100.00"), EARMARKED, CREDIT_DAY,
                        false, beijingActiveBasis(EMPLOYEE, "5000.00"), balances("500.13", "1200.26")));
    }

    @Test
    void cannotWithdrawOnAPaidInterestDay() {
        fixture.given(Q1_PAID_HISTORY)
                .when(new WithdrawCash(PERSON, "w-1", yuan("100.00"), INTEREST_DAY))
                .expectNoEvents();

        refusals.assertRefused(RuleRefusal.class, "before-paid-interest");
    }

    @Test
    void cannotWithdrawBeforeAPaidInterestDay() {
        fixture.given(Q1_PAID_HISTORY)
                .when(new WithdrawCash(PERSON, "w-1", yuan("100.00"), LocalDate.of(2025, 1, 15)))
                .expectNoEvents();

        refusals.assertRefused(RuleRefusal.class, "before-paid-interest");
    }

    @Test
    void canWithdrawTheDayAfterAPaidInterestDayIncludingItsInterest() {
        fixture.given(Q1_PAID_HISTORY)
                .when(new WithdrawCash(PERSON, "w-1", yuan("500.13"), CREDIT_DAY))
                .expectEvents(new CashWithdrawn(PERSON, "w-1", yuan("500.13"), CREDIT_DAY,
                        balances("0.00", "1100.26")));
    }

    private static Object[] openedWithoutInterest() {
        return new Object[] {Q1_PAID_HISTORY[0], Q1_PAID_HISTORY[1], Q1_PAID_HISTORY[2], Q1_PAID_HISTORY[3]};
    }
}
