package ledger.account;

import static ledger.account.AccountFixtures.PERSON;
import static ledger.account.AccountFixtures.accountFixture;
import static ledger.account.AccountFixtures.balances;
import static ledger.account.AccountFixtures.beijingActiveBasis;
import static ledger.account.AccountFixtures.yuan;
import static ledger.account.InterestFixtures.BEIJING_INTEREST_RULE;
import static ledger.account.InterestFixtures.beijingInterest;
import static ledger.account.InterestFixtures.beijingPaying;
import static ledger.account.InterestFixtures.pot;
import static ledger.account.InterestFixtures.quarter;
import static ledger.account.InterestFixtures.segment;
import static ledger.account.InterestFixtures.wholeQuarter;
import static ledger.money.Pot.EARMARKED;
import static ledger.money.Pot.WITHDRAWABLE;
import static ledger.policy.Category.EMPLOYEE;
import static ledger.policy.InterestPolicy.QuarterScheme.BANK;
import static ledger.policy.InterestPolicy.QuarterScheme.CALENDAR;
import static ledger.policy.InterestPolicy.RateMethod.RATE_ON_INTEREST_DAY;
import static ledger.policy.InterestPolicy.RateMethod.SPLIT_AT_RATE_CHANGES;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import ledger.account.command.PostInterest;
import ledger.account.event.AccountOpened;
import ledger.account.event.InterestPosted;
import ledger.account.event.LegacyBalanceMigrated;
import ledger.account.event.MonthlyCreditPosted;
import ledger.account.event.TransferredIn;
import ledger.account.receipt.InterestReceipt;
import ledger.interest.Quarter;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Quarterly interest (结息, domain-rules §3) on the default rate table of the shipped Beijing policy. */
class InterestPostingTest {

    private static final LocalDate BORN = LocalDate.of(1980, 5, 20);
    private static final LocalDate OPENED_ON = LocalDate.of(2024, 12, 1);
    private static final Quarter Q1_2025 = quarter("2025-Q1");
    private static final Quarter Q2_2025 = quarter("2025-Q2");
    private static final LocalDate Q1_CREDIT_DAY = LocalDate.of(2025, 3, 21);
    private static final AccountOpened OPENED = new AccountOpened(PERSON, "BEIJING", EMPLOYEE, BORN, OPENED_ON, null);
    /** The worked example of domain-rules §3: 1,000.00 from 2024-12-21, 1,100.00 from 2025-02-01. */
    private static final MonthlyCreditPosted DECEMBER = new MonthlyCreditPosted(PERSON, YearMonth.of(2024, 12),
            yuan("1000.00"), EARMARKED, LocalDate.of(2024, 12, 21), false, beijingActiveBasis(EMPLOYEE, "50000.00"),
            balances("0.00", "1000.00"));
    private static final MonthlyCreditPosted FEBRUARY = new MonthlyCreditPosted(PERSON, YearMonth.of(2025, 2),
            yuan("100.00"), EARMARKED, LocalDate.of(2025, 2, 1), false, beijingActiveBasis(EMPLOYEE, "5000.00"),
            balances("0.00", "1100.00"));
    private static final InterestPosted Q1_PAID = beijingInterest(PERSON, Q1_2025,
            wholeQuarter(WITHDRAWABLE, Q1_2025, "0.0010", 0, "0.00"),
            wholeQuarter(EARMARKED, Q1_2025, "0.0010", 9_480_000, "0.26"),
            balances("0.00", "1100.26"));

    private final RefusalRecorder refusals = new RefusalRecorder();
    private AggregateTestFixture<PersonalAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = accountFixture(refusals);
    }

    /** 积数 9,480,000 fen·days (94,800 yuan·days) × 0.10% ÷ 360 = 26.33 fen → 0.26. */
    @Test
    void paysTheWorkedExampleOfTheDomainRulesWithEveryInputOfTheCalculation() {
        fixture.given(OPENED, DECEMBER, FEBRUARY)
                .when(new PostInterest(PERSON, Q1_2025, Q1_CREDIT_DAY))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new InterestPosted(PERSON, Q1_2025, LocalDate.of(2024, 12, 21),
                        LocalDate.of(2025, 3, 20), LocalDate.of(2025, 3, 21), 90, "BEIJING-DEMAND-DEPOSIT",
                        RATE_ON_INTEREST_DAY, BANK, List.of(
                                pot(WITHDRAWABLE, 0, "0.00", segment("2024-12-21", "2025-03-20", "0.0010", 0)),
                                pot(EARMARKED, 9_480_000, "0.26",
                                        segment("2024-12-21", "2025-03-20", "0.0010", 9_480_000))),
                        balances("0.00", "1100.26")));
    }

    @Test
    void answersTheQuarterTotalEachPotAndTheBalanceAfter() {
        fixture.given(OPENED, DECEMBER, FEBRUARY)
                .when(new PostInterest(PERSON, Q1_2025, Q1_CREDIT_DAY))
                .expectResultMessagePayload(new InterestReceipt(Q1_2025, yuan("0.26"), Q1_PAID.perPot(),
                        balances("0.00", "1100.26")));
    }

    /**
     * 500.00 migrated at opening earns in the withdrawable pot on its own: 4,500,000 fen·days → 12.5 fen
     * → 0.13 (half-up); the earmarked pot earns the worked example's 0.26. Each lands where it was earned.
     */
    @Test
    void paysEachPotItsOwnInterestIntoThatPot() {
        fixture.given(OPENED,
                        new LegacyBalanceMigrated(PERSON, yuan("500.00"), OPENED_ON, balances("500.00", "0.00")),
                        withBalance(DECEMBER, "500.00", "1000.00"), withBalance(FEBRUARY, "500.00", "1100.00"))
                .when(new PostInterest(PERSON, Q1_2025, Q1_CREDIT_DAY))
                .expectEvents(beijingInterest(PERSON, Q1_2025,
                        wholeQuarter(WITHDRAWABLE, Q1_2025, "0.0010", 4_500_000, "0.13"),
                        wholeQuarter(EARMARKED, Q1_2025, "0.0010", 9_480_000, "0.26"),
                        balances("500.13", "1100.26")))
                .expectResultMessagePayload(new InterestReceipt(Q1_2025, yuan("0.39"), List.of(
                        wholeQuarter(WITHDRAWABLE, Q1_2025, "0.0010", 4_500_000, "0.13"),
                        wholeQuarter(EARMARKED, Q1_2025, "0.0010", 9_480_000, "0.26")),
                        balances("500.13", "1100.26")));
    }

    /** January 2025 collected late and allocated on 2025-02-10: 39 days × 1,000.00 = 3,900,000 → 0.11. */
    @Test
    void aCreditCountsFromItsAllocationDateNotFromItsPeriod() {
        fixture.given(OPENED, new MonthlyCreditPosted(PERSON, YearMonth.of(2025, 1), yuan("1000.00"), EARMARKED,
                        LocalDate.of(2025, 2, 10), true, beijingActiveBasis(EMPLOYEE, "50000.00"),
                        balances("0.00", "1000.00")))
                .when(new PostInterest(PERSON, Q1_2025, Q1_CREDIT_DAY))
                .expectEvents(beijingInterest(PERSON, Q1_2025,
                        wholeQuarter(WITHDRAWABLE, Q1_2025, "0.0010", 0, "0.00"),
                        wholeQuarter(EARMARKED, Q1_2025, "0.0010", 3_900_000, "0.11"),
                        balances("0.00", "1000.11")));
    }

    /** 1,000.00 arriving from Shanghai on 2025-02-10 earns for 39 days, like a credit of that day. */
    @Test
    void aTransferInEarnsFromTheDayItArrives() {
        fixture.given(OPENED, new TransferredIn(PERSON, "tr-1", "SHANGHAI", yuan("1000.00"), LocalDate.of(2025, 2, 10),
                        balances("0.00", "1000.00")))
                .when(new PostInterest(PERSON, Q1_2025, Q1_CREDIT_DAY))
                .expectEvents(beijingInterest(PERSON, Q1_2025,
                        wholeQuarter(WITHDRAWABLE, Q1_2025, "0.0010", 0, "0.00"),
                        wholeQuarter(EARMARKED, Q1_2025, "0.0010", 3_900_000, "0.11"),
                        balances("0.00", "1000.11")));
    }

    /**
     * The 0.26 credited on 2025-03-21 earns in 2025-Q2 with the rest: 1,100.26 × 92 days = 10,122,392
     * fen·days at the interest day's 0.05% → 14.06 fen → 0.14.
     */
    @Test
    void paidInterestEarnsInterestInTheNextQuarter() {
        fixture.given(OPENED, DECEMBER, FEBRUARY, Q1_PAID)
                .when(new PostInterest(PERSON, Q2_2025, LocalDate.of(2025, 6, 21)))
                .expectEvents(new InterestPosted(PERSON, Q2_2025, LocalDate.of(2025, 3, 21),
                        LocalDate.of(2025, 6, 20), LocalDate.of(2025, 6, 21), 92, BEIJING_INTEREST_RULE,
                        RATE_ON_INTEREST_DAY, BANK, List.of(
                                pot(WITHDRAWABLE, 0, "0.00", segment("2025-03-21", "2025-06-20", "0.0005", 0)),
                                pot(EARMARKED, 10_122_392, "0.14",
                                        segment("2025-03-21", "2025-06-20", "0.0005", 10_122_392))),
                        balances("0.00", "1100.40")));
    }

    /** 2024-Q3 (rate 0.20% until 2024-07-24, 0.15% from 2024-07-25): 500.00 × 92 days at 0.15% → 0.19. */
    @Test
    void aQuarterWithARateChangeIsPaidAtTheInterestDaysRate() {
        Quarter q3 = quarter("2024-Q3");

        fixture.given(new AccountOpened(PERSON, "BEIJING", EMPLOYEE, BORN, LocalDate.of(2024, 1, 2), null),
                        juneCreditOf500())
                .when(new PostInterest(PERSON, q3, LocalDate.of(2024, 9, 21)))
                .expectEvents(beijingInterest(PERSON, q3,
                        wholeQuarter(WITHDRAWABLE, q3, "0.0015", 0, "0.00"),
                        wholeQuarter(EARMARKED, q3, "0.0015", 4_600_000, "0.19"),
                        balances("0.00", "500.19")));
    }

    /**
     * A region on calendar quarters that splits at rate changes: 2024-Q3 = 2024-07-01 .. 2024-09-30;
     * 24 days × 500.00 at 0.20% (6.67 fen) + 68 days at 0.15% (14.17 fen) = 20.83 → 0.21, credited 10-01.
     */
    @Test
    void aRegionOnSplitCalendarQuartersRecordsEachSegmentAndItsRule() {
        Quarter q3 = quarter("2024-Q3");
        AggregateTestFixture<PersonalAccount> splitting = InterestFixtures.accountFixture(refusals,
                beijingPaying("BEIJING-SPLIT-CALENDAR", SPLIT_AT_RATE_CHANGES, CALENDAR));

        splitting.given(new AccountOpened(PERSON, "BEIJING", EMPLOYEE, BORN, LocalDate.of(2024, 1, 2), null),
                        juneCreditOf500())
                .when(new PostInterest(PERSON, q3, LocalDate.of(2024, 10, 1)))
                .expectEvents(new InterestPosted(PERSON, q3, LocalDate.of(2024, 7, 1), LocalDate.of(2024, 9, 30),
                        LocalDate.of(2024, 10, 1), 92, "BEIJING-SPLIT-CALENDAR", SPLIT_AT_RATE_CHANGES, CALENDAR,
                        List.of(
                                pot(WITHDRAWABLE, 0, "0.00",
                                        segment("2024-07-01", "2024-07-24", "0.0020", 0),
                                        segment("2024-07-25", "2024-09-30", "0.0015", 0)),
                                pot(EARMARKED, 4_600_000, "0.21",
                                        segment("2024-07-01", "2024-07-24", "0.0020", 1_200_000),
                                        segment("2024-07-25", "2024-09-30", "0.0015", 3_400_000))),
                        balances("0.00", "500.21")));
    }

    private static MonthlyCreditPosted juneCreditOf500() {
        return new MonthlyCreditPosted(PERSON, YearMonth.of(2024, 6), yuan("500.00"), EARMARKED,
                LocalDate.of(2024, 6, 5), false, beijingActiveBasis(EMPLOYEE, "25000.00"), balances("0.00", "500.00"));
    }

    private static MonthlyCreditPosted withBalance(MonthlyCreditPosted credit, String withdrawable, String earmarked) {
        return new MonthlyCreditPosted(credit.personId(), credit.period(), credit.amount(), credit.pot(),
                credit.allocationDate(), credit.backFilled(), credit.basis(), balances(withdrawable, earmarked));
    }
}
