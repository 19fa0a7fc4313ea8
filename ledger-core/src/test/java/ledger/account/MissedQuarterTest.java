package ledger.account;

import static ledger.account.AccountFixtures.PERSON;
import static ledger.account.AccountFixtures.accountFixture;
import static ledger.account.AccountFixtures.balances;
import static ledger.account.AccountFixtures.yuan;
import static ledger.account.InterestFixtures.BEIJING_INTEREST_RULE;
import static ledger.account.InterestFixtures.beijingInterest;
import static ledger.account.InterestFixtures.quarter;
import static ledger.account.InterestFixtures.wholeQuarter;
import static ledger.money.Pot.EARMARKED;
import static ledger.money.Pot.WITHDRAWABLE;
import static ledger.policy.Category.EMPLOYEE;

import java.time.LocalDate;
import java.util.List;
import ledger.account.command.PostInterest;
import ledger.account.command.WithdrawCash;
import ledger.account.event.AccountOpened;
import ledger.account.event.InterestAdjusted;
import ledger.account.event.InterestPosted;
import ledger.account.event.LegacyBalanceMigrated;
import ledger.interest.Quarter;
import ledger.refusal.ConflictWithHistory;
import ledger.refusal.RuleRefusal;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A missed quarter is posted after a later one: the later quarters are recomputed from the daily
 * balances and any difference is posted as an interest adjustment (code 110, domain-rules §3).
 */
class MissedQuarterTest {

    private static final LocalDate OPENED_ON = LocalDate.of(2023, 12, 1);
    private static final Quarter Q1 = quarter("2024-Q1");
    private static final Quarter Q2 = quarter("2024-Q2");
    private static final LocalDate JULY_1 = LocalDate.of(2024, 7, 1);
    private static final LocalDate JULY_2 = LocalDate.of(2024, 7, 2);
    private static final AccountOpened OPENED =
            new AccountOpened(PERSON, "BEIJING", EMPLOYEE, LocalDate.of(1980, 5, 20), OPENED_ON, null);

    private final RefusalRecorder refusals = new RefusalRecorder();
    private AggregateTestFixture<PersonalAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = accountFixture(refusals);
    }

    private static LegacyBalanceMigrated holding(String yuan) {
        return new LegacyBalanceMigrated(PERSON, yuan(yuan), OPENED_ON, balances(yuan, "0.00"));
    }

    private static InterestPosted withdrawableInterest(Quarter quarter, long fenDays, String amount, String after) {
        return beijingInterest(PERSON, quarter, wholeQuarter(WITHDRAWABLE, quarter, "0.0020", fenDays, amount),
                wholeQuarter(EARMARKED, quarter, "0.0020", 0, "0.00"), balances(after, "0.00"));
    }

    @Test
    void aMissedQuarterIsPaidAfterALaterOneOnTenThousand() {
        fixture.given(OPENED, holding("10000.00"), withdrawableInterest(Q2, 92_000_000, "5.11", "10005.11"))
                .when(new PostInterest(PERSON, Q1, JULY_2))
                .expectSuccessfulHandlerExecution()
                .expectEvents(withdrawableInterest(Q1, 91_000_000, "5.06", "10010.17"));
    }

    @Test
    void theLaterQuarterRecomputedWithTheMissedInterestIsAdjustedByTheDifference() {
        InterestPosted q2Paid = withdrawableInterest(Q2, 9_200_000_000L, "511.11", "1000511.11");
        fixture.given(OPENED, holding("1000000.00"), q2Paid)
                .when(new PostInterest(PERSON, Q1, JULY_2))
                .expectEvents(withdrawableInterest(Q1, 9_100_000_000L, "505.56", "1001016.67"),
                        new InterestAdjusted(PERSON, Q2, Q1, balances("511.11", "0.00"), balances("511.37", "0.00"),
                                List.of(wholeQuarter(WITHDRAWABLE, Q2, "0.0020", 9_204_651_152L, "511.37"),
                                        wholeQuarter(EARMARKED, Q2, "0.0020", 0, "0.00")),
                                BEIJING_INTEREST_RULE, LocalDate.of(2024, 6, 21), JULY_2,
                                balances("1001016.93", "0.00")));
    }

    @Test
    void aMissedQuarterIsStillPaidOnce() {
        fixture.given(OPENED, holding("10000.00"), withdrawableInterest(Q2, 92_000_000, "5.11", "10005.11"),
                        withdrawableInterest(Q1, 91_000_000, "5.06", "10010.17"))
                .when(new PostInterest(PERSON, Q1, JULY_2))
                .expectNoEvents();

        refusals.assertRefused(ConflictWithHistory.class, "quarter-already-paid");
    }

    @Test
    void aMoneyMovementInTheMissedQuarterIsStillRefused() {
        fixture.given(OPENED, holding("10000.00"), withdrawableInterest(Q2, 92_000_000, "5.11", "10005.11"))
                .when(new WithdrawCash(PERSON, "w-1", yuan("10.00"), LocalDate.of(2024, 3, 1)))
                .expectNoEvents();

        refusals.assertRefused(RuleRefusal.class, "before-paid-interest");
    }

    @Test
    void theQuarterAfterTheFilledGapIsComputedOnTheBalancesWithBothInterests() {
        fixture.given(OPENED, holding("10000.00"), withdrawableInterest(Q2, 92_000_000, "5.11", "10005.11"),
                        withdrawableInterest(Q1, 91_000_000, "5.06", "10010.17"))
                .when(new PostInterest(PERSON, quarter("2024-Q3"), LocalDate.of(2024, 10, 1)))
                .expectEvents(beijingInterest(PERSON, quarter("2024-Q3"),
                        wholeQuarter(WITHDRAWABLE, quarter("2024-Q3"), "0.0015", 92_093_564, "3.84"),
                        wholeQuarter(EARMARKED, quarter("2024-Q3"), "0.0015", 0, "0.00"),
                        balances("10014.01", "0.00")));
    }
}
