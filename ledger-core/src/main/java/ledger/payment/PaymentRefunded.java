package ledger.payment;

import java.time.LocalDate;
import java.util.List;
import ledger.account.RefundKind;
import ledger.money.Money;

/** Part or all of a settlement returned: {@code cashRefund} to the person, the rest to the pots listed. */
public record PaymentRefunded(
        String paymentId,
        String refundId,
        RefundKind kind,
        Money amount,
        Money cashRefund,
        List<Allocation> allocations,
        LocalDate refundedOn) {

    public PaymentRefunded {
        allocations = List.copyOf(allocations);
    }
}
