package ledger.properties;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ledger.account.ClosureReason;
import ledger.account.OpenAccount;
import ledger.account.PaymentPurpose;
import ledger.account.RefundKind;
import ledger.account.Relation;
import ledger.money.Money;
import ledger.policy.Category;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * Generators of a small world (six accounts in three regions) and of random step sequences over it,
 * with bad inputs mixed in at a steady rate: zero and too large amounts, missing bases, future and
 * long-past months, back-dated days, other regions, unknown people and payments, reused ids.
 */
final class LedgerSequences {

    static final List<String> REGIONS = List.of("BEIJING", "BEIJING", "BEIJING", "SHANGHAI", "SHANGHAI", "WUHAN");
    /** The largest amount Money reads back: 15 digits of yuan. */
    static final long MAX_READABLE_FEN = 99_999_999_999_999_999L;
    /** Payment ids come from a small pool so that ids repeat, with the same body or another. */
    static final int PAYMENT_IDS = 10;

    private LedgerSequences() {
    }

    static String personId(int index) {
        return "1101011980010100" + (11 + index);
    }

    static List<String> people() {
        List<String> people = new ArrayList<>();
        for (int i = 0; i < REGIONS.size(); i++) {
            people.add(personId(i));
        }
        return people;
    }

    static Arbitrary<List<OpenAccount>> openings() {
        List<Arbitrary<OpenAccount>> each = new ArrayList<>();
        for (int i = 0; i < REGIONS.size(); i++) {
            each.add(opening(personId(i), REGIONS.get(i)));
        }
        return Combinators.combine(each).as(List::copyOf);
    }

    /**
     * Opened before any sequence starts, retirees without a retirement date, half with legacy money of
     * up to 1,000.00: little enough that bills often outgrow the own account and reach the family's.
     */
    private static Arbitrary<OpenAccount> opening(String personId, String region) {
        Arbitrary<Category> category = Arbitraries.frequency(Tuple.of(7, Category.EMPLOYEE),
                Tuple.of(3, Category.RETIREE));
        Arbitrary<LocalDate> born = Arbitraries.integers().between(0, 50 * 365).map(LocalDate.of(1945, 1, 1)::plusDays);
        Arbitrary<LocalDate> opened = Arbitraries.integers().between(0, 900).map(LocalDate.of(2020, 1, 1)::plusDays);
        // known defect, see report: a legacy balance near the largest readable amount is accepted, and the
        // first credit or interest on it writes a balance Money cannot read back; so large, not near the top
        Arbitrary<Money> legacy = Arbitraries.frequencyOf(Tuple.of(95, Arbitraries.longs().between(1, 100_000)
                        .withDistribution(RandomDistribution.uniform())),
                Tuple.of(5, Arbitraries.longs().between(MAX_READABLE_FEN / 10_000, MAX_READABLE_FEN / 1_000)))
                .map(Money::ofFen).injectNull(0.5);
        return Combinators.combine(category, born, opened, legacy).as((c, b, o, l) ->
                new OpenAccount(personId, region, c, b, o, null, l));
    }

    static Arbitrary<LocalDate> firstDays() {
        return Arbitraries.integers().between(0, 600).map(LocalDate.of(2022, 11, 1)::plusDays);
    }

    static Arbitrary<List<Step>> steps() {
        return Arbitraries.frequencyOf(
                Tuple.of(15, waits()),
                Tuple.of(20, credits()),
                Tuple.of(8, withdrawals()),
                Tuple.of(18, payments()),
                Tuple.of(10, refunds()),
                Tuple.of(14, registrations()),
                Tuple.of(3, revocations()),
                Tuple.of(6, interest()),
                Tuple.of(2, closures()),
                Tuple.of(5, Arbitraries.integers().between(0, 5).map(Step.Resend::new))
        ).list().ofMaxSize(40).withSizeDistribution(RandomDistribution.uniform())
                // the bad inputs come at the rates above, not at the much higher rate of jqwik's edge cases
                .withoutEdgeCases();
    }

    private static Arbitrary<Step> waits() {
        return Arbitraries.integers().between(1, 45).map(Step.Wait::new);
    }

    private static Arbitrary<Step> credits() {
        Arbitrary<Integer> monthsBack = Arbitraries.frequencyOf(
                Tuple.of(9, Arbitraries.integers().between(0, 2)),
                Tuple.of(1, Arbitraries.integers().between(-2, 40)));
        Arbitrary<Boolean> ownRegion = Arbitraries.of(true, false).injectNull(0.7);
        return Combinators.combine(person(), monthsBack, daysAgo(), base(), ownRegion).as(Step.Credit::new);
    }

    private static Arbitrary<Step> withdrawals() {
        return Combinators.combine(person(), Arbitraries.integers().between(0, 5), amount(), daysAgo())
                .as(Step.Withdraw::new);
    }

    private static Arbitrary<Step> payments() {
        Arbitrary<PaymentPurpose> purpose = Arbitraries.frequency(Tuple.of(6, PaymentPurpose.MEDICAL),
                Tuple.of(3, PaymentPurpose.PHARMACY), Tuple.of(1, PaymentPurpose.SUPPLEMENTARY_INSURANCE));
        Arbitrary<Boolean> useFamily = Arbitraries.frequency(Tuple.of(6, false), Tuple.of(4, true));
        return Combinators.combine(person(), Arbitraries.integers().between(0, PAYMENT_IDS - 1), amount(), purpose,
                useFamily, daysAgo(), Arbitraries.of(true, false)).as(Step.Pay::new);
    }

    private static Arbitrary<Step> refunds() {
        Arbitrary<Money> part = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.longs().between(1, 20_000)),
                Tuple.of(2, amount().map(Money::fen))).map(Money::ofFen);
        Arbitrary<Integer> payment = Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.integers().between(0, 2)),
                Tuple.of(1, Arbitraries.integers().between(0, PAYMENT_IDS)));
        return Combinators.combine(payment, Arbitraries.integers().between(0, 3),
                Arbitraries.of(RefundKind.class), part.optional(0.6), daysAgo()).as(Step.Refund::new);
    }

    private static Arbitrary<Step> registrations() {
        return Combinators.combine(person(), next(), Arbitraries.of(Relation.class), daysAgo())
                .as((holder, next, relation, days) ->
                        new Step.Register(holder, sameRegionMostly(holder, next), relation, days));
    }

    private static Arbitrary<Step> revocations() {
        Arbitrary<Integer> registration = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.integers().between(0, 1)),
                Tuple.of(2, person()));
        return Combinators.combine(registration, next(), daysAgo())
                .as((holder, next, days) -> new Step.Revoke(holder, sameRegionMostly(holder, next), days));
    }

    /** Mostly one of the first two after the holder, so mostly a member of the holder's region. */
    private static Arbitrary<Integer> next() {
        return Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.integers().between(1, 2)),
                Tuple.of(2, Arbitraries.integers().between(1, REGIONS.size())));
    }

    /**
     * The {@code next}-th person after the holder, counting round the holder's region first: a member
     * of the same region as long as {@code next} stays within it, else someone further on.
     */
    private static int sameRegionMostly(int holder, int next) {
        if (holder >= REGIONS.size()) {
            return next % REGIONS.size();
        }
        List<Integer> sameRegion = new ArrayList<>();
        for (int i = 0; i < REGIONS.size(); i++) {
            if (i != holder && REGIONS.get(i).equals(REGIONS.get(holder))) {
                sameRegion.add(i);
            }
        }
        return next <= sameRegion.size() ? sameRegion.get(next - 1) : (holder + next) % (REGIONS.size() + 1);
    }

    private static Arbitrary<Step> interest() {
        return Combinators.combine(person(), Arbitraries.integers().between(0, 3)).as(Step.Interest::new);
    }

    private static Arbitrary<Step> closures() {
        return Combinators.combine(person(), Arbitraries.of(ClosureReason.class),
                Arbitraries.integers().between(0, 400), Arbitraries.integers().between(0, 3)).as(Step.Close::new);
    }

    /** One of the six people, now and then the person without an account. */
    private static Arbitrary<Integer> person() {
        return Arbitraries.frequencyOf(Tuple.of(19, Arbitraries.integers().between(0, REGIONS.size() - 1)),
                Tuple.of(1, Arbitraries.just(REGIONS.size())));
    }

    /** Mostly today or a day or three back; now and then months back. */
    private static Arbitrary<Integer> daysAgo() {
        return Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.integers().between(0, 3)),
                Tuple.of(2, Arbitraries.integers().between(0, 120)));
    }

    /** Up to 3,000.00, uniform (jqwik favours tiny numbers), now and then zero or more than any account holds. */
    private static Arbitrary<Money> amount() {
        return Arbitraries.frequencyOf(
                Tuple.of(85, Arbitraries.longs().between(1, 300_000).withDistribution(RandomDistribution.uniform())),
                Tuple.of(5, Arbitraries.just(0L)),
                Tuple.of(10, Arbitraries.longs().between(MAX_READABLE_FEN / 10, MAX_READABLE_FEN))).map(Money::ofFen);
    }

    /** A contribution base of 3,000.00 to 40,000.00; now and then missing, zero or absurd. */
    private static Arbitrary<Money> base() {
        return Arbitraries.frequencyOf(
                Tuple.of(85, Arbitraries.longs().between(300_000, 4_000_000)
                        .withDistribution(RandomDistribution.uniform())),
                Tuple.of(5, Arbitraries.just(0L)),
                Tuple.of(5, Arbitraries.longs().between(MAX_READABLE_FEN / 10, MAX_READABLE_FEN))
        ).map(Money::ofFen).injectNull(0.05);
    }
}
