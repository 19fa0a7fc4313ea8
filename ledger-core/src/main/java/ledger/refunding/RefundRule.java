package ledger.refunding;

import ledger.account.value.RefundKind;
import ledger.money.Money;
import ledger.refusal.ConflictWithHistory;
import ledger.refusal.Decision;
import ledger.refusal.InvalidInput;
import ledger.refusal.RuleRefusal;

/** What a refund of a settled payment must satisfy (domain-rules §6). */
public final class RefundRule {

    private RefundRule() {
    }

    /** The same refund id asked again answers the first; with another kind or amount it is refused. */
    public static Decision sameRefund(String paymentId, String refundId, RefundKind kind, Money amount,
                                      RefundKind earlierKind, Money earlierAmount) {
        return Decision.unless(earlierKind != kind || !earlierAmount.equals(amount), () -> new ConflictWithHistory(
                "refund-id-reused", kind.name().toLowerCase() + " " + refundId + " of payment " + paymentId
                + " was already applied as a " + earlierKind.name().toLowerCase() + " of " + earlierAmount
                + "; the same id with a different body is refused"));
    }

    public static Decision aboveZero(Money amount) {
        return Decision.unless(amount.isZero(), () -> new InvalidInput("zero-amount", "a refund must be above 0.00"));
    }

    /** No more than {@code left} to refund of the payment. */
    public static Decision withinRefundable(String paymentId, Money amount, Money left) {
        return Decision.unless(amount.exceeds(left), () -> new RuleRefusal("exceeds-refundable", "refund of "
                + amount + " exceeds the " + left + " left to refund of payment " + paymentId));
    }
}
