package ledger.properties;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ledger.account.command.OpenAccount;
import ledger.account.value.ClosureReason;
import ledger.account.value.PaymentPurpose;
import ledger.account.value.RefundKind;
import ledger.account.value.Relation;
import ledger.money.Money;
import ledger.policy.Category;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Generators of a small world (six accounts in three regions) and of random step sequences over it,
 * with bad inputs mixed in at a steady rate: zero and too large amounts, missing bases, future and
 * long-past months, back-dated days, other regions, unknown people and payments, reused ids.
 */
final class LedgerSequences {

    static final List<String> REGIONS = List.of("BEIJING", "BEIJING", "BEIJING", "SHANGHAI", "SHANGHAI", "WUHAN");
    /** The largest amount Money reads back: 15 digits of yuan. */
    static final long MAX_READABLE_FEN = 99_999_999_999_999_999L;
    /** The largest amount a request may carry and an account hold, 9,999,999.99 (the model states it again). */
    static final long LIMIT_FEN = 999_999_999L;
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

    static Gen<List<Object>> openings() {
        List<Gen<Object>> each = new ArrayList<>();
        for (int i = 0; i < REGIONS.size(); i++) {
            each.add(opening(personId(i), REGIONS.get(i)));
        }
        return in -> each.stream().map(opening -> opening.generate(in)).toList();
    }

    /**
     * Mostly opened before any sequence starts, now and then after its first day; retirees without a
     * retirement date; half with legacy money, mostly up to 1,000.00 (little enough that bills often
     * outgrow the own account and reach the family's), now and then just below or above the largest
     * amount and balance (9,999,999.99), so that the next credit crosses it, or far above. A refused
     * opening is a {@link RefusedRequest}.
     */
    private static Gen<Object> opening(String personId, String region) {
        Gen<Category> category = weighted(Pair.of(7, Generate.constant(Category.EMPLOYEE)),
                Pair.of(3, Generate.constant(Category.RETIREE)));
        Gen<LocalDate> born = between(0, 50 * 365).map(days -> LocalDate.of(1945, 1, 1).plusDays(days));
        Gen<LocalDate> opened = between(0, 1100).map(days -> LocalDate.of(2020, 1, 1).plusDays(days));
        Gen<Money> legacy = orNull(50, weighted(Pair.of(90, fen(1, 100_000)),
                Pair.of(6, fen(LIMIT_FEN - 200_000, LIMIT_FEN + 1_000)),
                Pair.of(4, fen(LIMIT_FEN, MAX_READABLE_FEN))).map(Money::ofFen));
        return in -> {
            Money migrated = legacy.generate(in);
            Category of = category.generate(in);
            LocalDate bornOn = born.generate(in);
            LocalDate openedOn = opened.generate(in);
            return RefusedRequest.orCommand(() -> new OpenAccount(personId, region, of, bornOn, openedOn, null,
                    migrated), migrated);
        };
    }

    static Gen<LocalDate> firstDays() {
        return between(0, 600).map(days -> LocalDate.of(2022, 11, 1).plusDays(days));
    }

    /**
     * Up to 40 steps, every length equally likely. Shrinking moves a step towards the first kind,
     * a {@code Wait}, which sends nothing, and the list towards its first steps.
     */
    static Gen<List<Step>> steps() {
        Gen<Step> step = weighted(
                Pair.of(15, waits()),
                Pair.of(20, credits()),
                Pair.of(8, withdrawals()),
                Pair.of(18, payments()),
                Pair.of(10, refunds()),
                Pair.of(14, registrations()),
                Pair.of(3, revocations()),
                Pair.of(6, interest()),
                Pair.of(2, closures()),
                Pair.of(5, between(0, 5).map(Step.Resend::new)));
        return SourceDSL.lists().of(step).ofSizeBetween(0, 40);
    }

    private static Gen<Step> waits() {
        return between(1, 45).map(Step.Wait::new);
    }

    private static Gen<Step> credits() {
        Gen<Integer> monthsBack = weighted(Pair.of(9, between(0, 2)), Pair.of(1, between(-2, 40)));
        Gen<Boolean> ownRegion = orNull(70, Generate.booleans());
        return person().zip(monthsBack, daysAgo(), base(), ownRegion, Step.Credit::new);
    }

    private static Gen<Step> withdrawals() {
        return person().zip(between(0, 5), amount(), daysAgo(), Step.Withdraw::new);
    }

    private static Gen<Step> payments() {
        Gen<PaymentPurpose> purpose = weighted(Pair.of(6, Generate.constant(PaymentPurpose.MEDICAL)),
                Pair.of(3, Generate.constant(PaymentPurpose.PHARMACY)),
                Pair.of(1, Generate.constant(PaymentPurpose.SUPPLEMENTARY_INSURANCE)));
        Gen<Boolean> useFamily = weighted(Pair.of(6, Generate.constant(false)), Pair.of(4, Generate.constant(true)));
        Gen<Integer> person = person();
        Gen<Integer> payment = between(0, PAYMENT_IDS - 1);
        Gen<Money> amount = amount();
        Gen<Integer> daysAgo = daysAgo();
        Gen<Boolean> lateEveningUtc = Generate.booleans();
        return in -> new Step.Pay(person.generate(in), payment.generate(in), amount.generate(in),
                purpose.generate(in), useFamily.generate(in), daysAgo.generate(in), lateEveningUtc.generate(in));
    }

    private static Gen<Step> refunds() {
        Gen<Money> part = weighted(Pair.of(8, fen(1, 20_000).map(Money::ofFen)), Pair.of(2, amount()));
        Gen<Integer> payment = weighted(Pair.of(9, between(0, 2)), Pair.of(1, between(0, PAYMENT_IDS)));
        return payment.zip(between(0, 3), Generate.enumValues(RefundKind.class), orEmpty(40, part), daysAgo(),
                Step.Refund::new);
    }

    private static Gen<Step> registrations() {
        return person().zip(next(), Generate.enumValues(Relation.class), daysAgo(), (holder, next, relation, days) ->
                new Step.Register(holder, sameRegionMostly(holder, next), relation, days));
    }

    private static Gen<Step> revocations() {
        Gen<Integer> registration = weighted(Pair.of(8, between(0, 1)), Pair.of(2, person()));
        return registration.zip(next(), daysAgo(),
                (holder, next, days) -> new Step.Revoke(holder, sameRegionMostly(holder, next), days));
    }

    /** Mostly one of the first two after the holder, so mostly a member of the holder's region. */
    private static Gen<Integer> next() {
        return weighted(Pair.of(8, between(1, 2)), Pair.of(2, between(1, REGIONS.size())));
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

    private static Gen<Step> interest() {
        return person().zip(between(0, 3), Step.Interest::new);
    }

    private static Gen<Step> closures() {
        return person().zip(Generate.enumValues(ClosureReason.class), between(0, 400), between(0, 3), Step.Close::new);
    }

    /** One of the six people, now and then the person without an account. */
    private static Gen<Integer> person() {
        return weighted(Pair.of(19, between(0, REGIONS.size() - 1)), Pair.of(1, Generate.constant(REGIONS.size())));
    }

    /** Mostly today or a day or three back; now and then months back. */
    private static Gen<Integer> daysAgo() {
        return weighted(Pair.of(8, between(0, 3)), Pair.of(2, between(0, 120)));
    }

    /**
     * Up to 3,000.00, uniform, now and then zero, around the largest amount a request may carry, or far
     * above it (but with room for a bill of that much plus an account's balance).
     */
    private static Gen<Money> amount() {
        return weighted(
                Pair.of(85, fen(1, 300_000)),
                Pair.of(5, Generate.constant(0L)),
                Pair.of(5, fen(LIMIT_FEN - 1_000, LIMIT_FEN + 1_000)),
                Pair.of(5, fen(MAX_READABLE_FEN / 10, MAX_READABLE_FEN / 2))).map(Money::ofFen);
    }

    /** A contribution base of 3,000.00 to 40,000.00; now and then missing, zero, around the largest amount or absurd. */
    private static Gen<Money> base() {
        return orNull(5, weighted(
                Pair.of(85, fen(300_000, 4_000_000)),
                Pair.of(5, Generate.constant(0L)),
                Pair.of(3, fen(LIMIT_FEN - 1_000, LIMIT_FEN + 1_000)),
                Pair.of(2, fen(MAX_READABLE_FEN / 10, MAX_READABLE_FEN))).map(Money::ofFen));
    }

    /** Uniform between the bounds, shrinking towards zero or the bound nearest it. */
    private static Gen<Integer> between(int min, int max) {
        return Generate.range(min, max, Math.max(min, Math.min(0, max)));
    }

    /** Uniform between the bounds (fen), shrinking towards the lower one. */
    private static Gen<Long> fen(long min, long max) {
        return Generate.longRange(min, max, min);
    }

    /** One of the generators, in proportion to its weight; shrinking moves towards the first. */
    @SafeVarargs
    private static <T> Gen<T> weighted(Pair<Integer, Gen<T>> first, Pair<Integer, Gen<T>>... others) {
        return Generate.frequency(first, others);
    }

    /** Null {@code percent} of the time (shrinking towards null, as a missing input is the simplest). */
    private static <T> Gen<T> orNull(int percent, Gen<T> values) {
        return orEmpty(percent, values).map(value -> value.orElse(null));
    }

    private static <T> Gen<Optional<T>> orEmpty(int percent, Gen<T> values) {
        return weighted(Pair.of(percent, Generate.constant(Optional.<T>empty())),
                Pair.of(100 - percent, values.map(Optional::of)));
    }
}
