package ledger.payment.receipt;

import java.util.List;
import ledger.account.value.RefundKind;
import ledger.money.Money;
import ledger.payment.event.PaymentRefunded;
import ledger.payment.value.Allocation;
import ledger.payment.value.ForwardedShare;

/** The answer to a refund or reimbursement. */
public record RefundReceipt(
        String refundId,
        RefundKind kind,
        Money amount,
        List<Allocation> allocations,
        Money cashRefund,
        List<ForwardedShare> forwarded,
        boolean repeated) {

    public static RefundReceipt of(PaymentRefunded refunded, boolean repeated) {
        return new RefundReceipt(refunded.refundId(), refunded.kind(), refunded.amount(), refunded.allocations(),
                refunded.cashRefund(), refunded.forwarded(), repeated);
    }
}
