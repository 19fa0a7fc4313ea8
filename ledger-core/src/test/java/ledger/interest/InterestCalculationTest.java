package ledger.interest;

import static ledger.money.Pot.EARMARKED;
import static ledger.money.Pot.WITHDRAWABLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import ledger.money.Money;
import ledger.money.Pot;
import ledger.policy.InterestPolicy;
import ledger.policy.InterestPolicy.RateMethod;
import ledger.policy.PolicyCatalog;
import org.junit.jupiter.api.Test;

/**
 * Daily-balance accumulation (积数计息, domain-rules §3) on the default rate table shipped for every
 * region: 积数 in fen·days per pot, times the annual rate, divided by 360, rounded half-up once.
 */
class InterestCalculationTest {

    /** The default table: RATE_ON_INTEREST_DAY, bank quarters. */
    private static final InterestPolicy DEFAULT = PolicyCatalog.shipped().region("BEIJING").interest();
    private static final InterestPolicy SPLIT = new InterestPolicy("SPLIT-TEST", RateMethod.SPLIT_AT_RATE_CHANGES,
            DEFAULT.quarters(), DEFAULT.rates(), "the default table, split at each rate change");

    /** 2025-Q1: 2024-12-21 .. 2025-03-20, 90 days, 0.10% on the interest day. */
    private static final LocalDate Q1_2025_FIRST = LocalDate.of(2024, 12, 21);
    private static final LocalDate Q1_2025_LAST = LocalDate.of(2025, 3, 20);
    /** 2024-Q3: 2024-06-21 .. 2024-09-20, 92 days; 0.20% until 2024-07-24, 0.15% from 2024-07-25. */
    private static final LocalDate Q3_2024_FIRST = LocalDate.of(2024, 6, 21);
    private static final LocalDate Q3_2024_LAST = LocalDate.of(2024, 9, 20);
    /** 2025-Q2: 2025-03-21 .. 2025-06-20, 92 days; 0.10% until 2025-05-19, 0.05% from 2025-05-20. */
    private static final LocalDate Q2_2025_FIRST = LocalDate.of(2025, 3, 21);
    private static final LocalDate Q2_2025_LAST = LocalDate.of(2025, 6, 20);

    /** 1,000.00 from 2024-12-21 to 2025-01-31 (42 days), 1,100.00 from 2025-02-01 to 2025-03-20 (48 days). */
    @Test
    void paysTheWorkedExampleOfTheDomainRules() {
        List<PotInterest> interest = InterestCalculation.of(Q1_2025_FIRST, Q1_2025_LAST, List.of(
                delta("2024-12-21", EARMARKED, 100_000),
                delta("2025-02-01", EARMARKED, 10_000)), DEFAULT);

        assertThat(interest).containsExactly(
                pot(WITHDRAWABLE, 0, "0.00", segment("2024-12-21", "2025-03-20", "0.0010", 0)),
                pot(EARMARKED, 9_480_000, "0.26", segment("2024-12-21", "2025-03-20", "0.0010", 9_480_000)));
    }

    @Test
    void theWorkedExampleAccumulates94800YuanDays() {
        PotInterest earmarked = potOf(EARMARKED, InterestCalculation.of(Q1_2025_FIRST, Q1_2025_LAST, List.of(
                delta("2024-12-21", EARMARKED, 100_000),
                delta("2025-02-01", EARMARKED, 10_000)), DEFAULT));

        assertThat(BigDecimal.valueOf(earmarked.fenDays(), 2)).isEqualByComparingTo("94800");
    }

    @Test
    void changesBeforeTheQuarterMakeUpItsOpeningBalance() {
        List<PotInterest> interest = InterestCalculation.of(Q1_2025_FIRST, Q1_2025_LAST, List.of(
                delta("2023-05-05", EARMARKED, 60_000),
                delta("2024-11-05", EARMARKED, 40_000)), DEFAULT);

        assertThat(potOf(EARMARKED, interest)).isEqualTo(
                pot(EARMARKED, 9_000_000, "0.25", segment("2024-12-21", "2025-03-20", "0.0010", 9_000_000)));
    }

    @Test
    void changesAfterTheInterestDayAreLeftToTheNextQuarter() {
        List<PotInterest> interest = InterestCalculation.of(Q1_2025_FIRST, Q1_2025_LAST, List.of(
                delta("2024-12-21", EARMARKED, 100_000),
                delta("2025-02-01", EARMARKED, 10_000),
                delta("2025-03-21", EARMARKED, 5_000_000)), DEFAULT);

        assertThat(potOf(EARMARKED, interest).fenDays()).isEqualTo(9_480_000);
        assertThat(potOf(EARMARKED, interest).amount()).isEqualTo(Money.parse("0.26"));
    }

    /** A change counts in the end-of-day balance of its own day: one day of 3,600.00 is 360,000 fen·days. */
    @Test
    void aChangeOnTheInterestDayCountsForThatOneDay() {
        List<PotInterest> interest = InterestCalculation.of(Q1_2025_FIRST, Q1_2025_LAST, List.of(
                delta("2025-03-20", WITHDRAWABLE, 360_000)), DEFAULT);

        assertThat(potOf(WITHDRAWABLE, interest)).isEqualTo(
                pot(WITHDRAWABLE, 360_000, "0.01", segment("2024-12-21", "2025-03-20", "0.0010", 360_000)));
    }

    /** 500.00 withdrawable all quarter; 200.00 of it withdrawn on 2025-02-01: 42 × 50,000 + 48 × 30,000. */
    @Test
    void aWithdrawalLowersTheBalanceFromItsOwnDay() {
        List<PotInterest> interest = InterestCalculation.of(Q1_2025_FIRST, Q1_2025_LAST, List.of(
                delta("2024-12-01", WITHDRAWABLE, 50_000),
                delta("2025-02-01", WITHDRAWABLE, -20_000)), DEFAULT);

        assertThat(potOf(WITHDRAWABLE, interest)).isEqualTo(
                pot(WITHDRAWABLE, 3_540_000, "0.10", segment("2024-12-21", "2025-03-20", "0.0010", 3_540_000)));
    }

    /** Each pot keeps its own 积数 and is rounded on its own: 4,500,000 → 12.5 fen → 0.13; 9,480,000 → 0.26. */
    @Test
    void computesBothPotsSeparately() {
        List<PotInterest> interest = InterestCalculation.of(Q1_2025_FIRST, Q1_2025_LAST, List.of(
                delta("2024-12-01", WITHDRAWABLE, 50_000),
                delta("2024-12-21", EARMARKED, 100_000),
                delta("2025-02-01", EARMARKED, 10_000)), DEFAULT);

        assertThat(interest).containsExactly(
                pot(WITHDRAWABLE, 4_500_000, "0.13", segment("2024-12-21", "2025-03-20", "0.0010", 4_500_000)),
                pot(EARMARKED, 9_480_000, "0.26", segment("2024-12-21", "2025-03-20", "0.0010", 9_480_000)));
    }

    @Test
    void anEmptyAccountEarnsNothing() {
        List<PotInterest> interest = InterestCalculation.of(Q1_2025_FIRST, Q1_2025_LAST, List.of(), DEFAULT);

        assertThat(interest).containsExactly(
                pot(WITHDRAWABLE, 0, "0.00", segment("2024-12-21", "2025-03-20", "0.0010", 0)),
                pot(EARMARKED, 0, "0.00", segment("2024-12-21", "2025-03-20", "0.0010", 0)));
    }

    /** 100.00 for 90 days = 900,000 fen·days → 2.5 fen: half-up gives 0.03 (half-even would give 0.02). */
    @Test
    void roundsExactlyHalfAFenUp() {
        List<PotInterest> interest = InterestCalculation.of(Q1_2025_FIRST, Q1_2025_LAST, List.of(
                delta("2024-12-01", WITHDRAWABLE, 10_000)), DEFAULT);

        assertThat(potOf(WITHDRAWABLE, interest).fenDays()).isEqualTo(900_000);
        assertThat(potOf(WITHDRAWABLE, interest).amount()).isEqualTo(Money.parse("0.03"));
    }

    /** 20.00 for 90 days = 180,000 fen·days → 0.5 fen → 0.01. */
    @Test
    void roundsHalfAFenUpToOneFen() {
        List<PotInterest> interest = InterestCalculation.of(Q1_2025_FIRST, Q1_2025_LAST, List.of(
                delta("2024-12-01", EARMARKED, 2_000)), DEFAULT);

        assertThat(potOf(EARMARKED, interest).fenDays()).isEqualTo(180_000);
        assertThat(potOf(EARMARKED, interest).amount()).isEqualTo(Money.parse("0.01"));
    }

    /** 899,999 fen·days → 2.49999 fen → 0.02: one fen·day short of the half. */
    @Test
    void roundsLessThanHalfAFenDown() {
        List<PotInterest> interest = InterestCalculation.of(Q1_2025_FIRST, Q1_2025_LAST, List.of(
                delta("2024-12-01", WITHDRAWABLE, 10_000),
                delta("2025-03-20", WITHDRAWABLE, -1)), DEFAULT);

        assertThat(potOf(WITHDRAWABLE, interest).fenDays()).isEqualTo(899_999);
        assertThat(potOf(WITHDRAWABLE, interest).amount()).isEqualTo(Money.parse("0.02"));
    }

    /**
     * 2024-Q3 of the default table: 4,000.00 withdrawable and 500.00 earmarked all quarter, 92 days, all at
     * the interest day's 0.15%: 36,800,000 → 153.3 fen → 1.53; 4,600,000 → 19.2 fen → 0.19.
     */
    @Test
    void rateOnInterestDayPaysTheWholeQuarterAtTheInterestDaysRate() {
        List<PotInterest> interest = InterestCalculation.of(Q3_2024_FIRST, Q3_2024_LAST, q3OpeningBalances(), DEFAULT);

        assertThat(interest).containsExactly(
                pot(WITHDRAWABLE, 36_800_000, "1.53", segment("2024-06-21", "2024-09-20", "0.0015", 36_800_000)),
                pot(EARMARKED, 4_600_000, "0.19", segment("2024-06-21", "2024-09-20", "0.0015", 4_600_000)));
    }

    /**
     * The same quarter split at the change of 2024-07-25: 34 days at 0.20% and 58 days at 0.15%.
     * Earmarked: 1,700,000 × 0.20% / 360 = 9.44 fen and 2,900,000 × 0.15% / 360 = 12.08 fen, together
     * 21.53 → 0.22 (rounding each segment would give 9 + 12 = 0.21). Withdrawable: 75.56 + 96.67 = 172.22
     * → 1.72 (per segment 76 + 97 = 1.73).
     */
    @Test
    void splitAtRateChangesGivesEachSegmentItsOwnFenDaysAndRoundsOnceAtTheEnd() {
        List<PotInterest> interest = InterestCalculation.of(Q3_2024_FIRST, Q3_2024_LAST, q3OpeningBalances(), SPLIT);

        assertThat(interest).containsExactly(
                pot(WITHDRAWABLE, 36_800_000, "1.72",
                        segment("2024-06-21", "2024-07-24", "0.0020", 13_600_000),
                        segment("2024-07-25", "2024-09-20", "0.0015", 23_200_000)),
                pot(EARMARKED, 4_600_000, "0.22",
                        segment("2024-06-21", "2024-07-24", "0.0020", 1_700_000),
                        segment("2024-07-25", "2024-09-20", "0.0015", 2_900_000)));
    }

    /**
     * 2025-Q2, 500.00 earmarked from the start and 100.00 more on 2025-05-19, the last day at 0.10%.
     * Split: 3,010,000 at 0.10% (8.36 fen) + 1,920,000 at 0.05% (2.67 fen) = 11.03 → 0.11.
     */
    @Test
    void splitAtRateChangesCountsAChangeInTheSegmentOfItsDay() {
        List<PotInterest> interest = InterestCalculation.of(Q2_2025_FIRST, Q2_2025_LAST, List.of(
                delta("2025-03-21", EARMARKED, 50_000),
                delta("2025-05-19", EARMARKED, 10_000)), SPLIT);

        assertThat(potOf(EARMARKED, interest)).isEqualTo(pot(EARMARKED, 4_930_000, "0.11",
                segment("2025-03-21", "2025-05-19", "0.0010", 3_010_000),
                segment("2025-05-20", "2025-06-20", "0.0005", 1_920_000)));
    }

    /** The same balances at the interest day's 0.05% for all 92 days: 4,930,000 → 6.85 fen → 0.07. */
    @Test
    void rateOnInterestDayIgnoresTheHigherRateEarlierInTheQuarter() {
        List<PotInterest> interest = InterestCalculation.of(Q2_2025_FIRST, Q2_2025_LAST, List.of(
                delta("2025-03-21", EARMARKED, 50_000),
                delta("2025-05-19", EARMARKED, 10_000)), DEFAULT);

        assertThat(potOf(EARMARKED, interest)).isEqualTo(pot(EARMARKED, 4_930_000, "0.07",
                segment("2025-03-21", "2025-06-20", "0.0005", 4_930_000)));
    }

    @Test
    void splitAtRateChangesKeepsOneSegmentWhenTheRateDoesNotChange() {
        List<PotInterest> interest = InterestCalculation.of(Q1_2025_FIRST, Q1_2025_LAST, List.of(
                delta("2024-12-21", EARMARKED, 100_000),
                delta("2025-02-01", EARMARKED, 10_000)), SPLIT);

        assertThat(potOf(EARMARKED, interest)).isEqualTo(
                pot(EARMARKED, 9_480_000, "0.26", segment("2024-12-21", "2025-03-20", "0.0010", 9_480_000)));
    }

    private static List<DatedDelta> q3OpeningBalances() {
        return List.of(delta("2024-06-01", WITHDRAWABLE, 400_000), delta("2024-06-05", EARMARKED, 50_000));
    }

    private static DatedDelta delta(String date, Pot pot, long signedFen) {
        return new DatedDelta(LocalDate.parse(date), pot, signedFen);
    }

    private static RateSegment segment(String from, String to, String annualRate, long fenDays) {
        return new RateSegment(LocalDate.parse(from), LocalDate.parse(to), new BigDecimal(annualRate), fenDays);
    }

    private static PotInterest pot(Pot pot, long fenDays, String amount, RateSegment... segments) {
        return new PotInterest(pot, fenDays, List.of(segments), Money.parse(amount));
    }

    private static PotInterest potOf(Pot pot, List<PotInterest> interest) {
        return interest.stream().filter(p -> p.pot() == pot).findFirst().orElseThrow();
    }
}
