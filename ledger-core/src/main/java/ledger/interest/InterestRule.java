package ledger.interest;

import java.time.LocalDate;
import ledger.refusal.ConflictWithHistory;
import ledger.refusal.Decision;
import ledger.refusal.RuleRefusal;

/** When a quarter's interest is paid, and what its payment closes to later changes (domain-rules §3). */
public final class InterestRule {

    private InterestRule() {
    }

    /**
     * No change takes effect on or before the interest day {@code settledThrough} of the last paid quarter
     * (null before any is paid), or the interest paid would be silently wrong.
     */
    public static Decision afterPaidInterest(LocalDate effectiveOn, LocalDate settledThrough, Quarter lastPaid) {
        return Decision.unless(settledThrough != null && !effectiveOn.isAfter(settledThrough), () -> new RuleRefusal(
                "before-paid-interest", "a change effective " + effectiveOn + " falls on or before the interest day "
                + settledThrough + " of quarter " + lastPaid + ", whose interest is already paid; it would make that "
                + "interest wrong"));
    }

    public static Decision notPaidYet(Quarter quarter, boolean paid) {
        return Decision.unless(paid, () -> new ConflictWithHistory("quarter-already-paid", "interest for " + quarter
                + " is already paid"));
    }

    /** A quarter's interest is paid after its interest day. */
    public static Decision quarterEnded(Quarter quarter, LocalDate interestDay, LocalDate today) {
        return Decision.unless(!today.isAfter(interestDay), () -> new RuleRefusal("quarter-not-ended",
                "interest for " + quarter + " is paid after its interest day " + interestDay + "; today is " + today));
    }
}
