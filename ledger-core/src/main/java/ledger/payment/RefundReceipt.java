package ledger.payment;

import java.util.List;
import ledger.account.RefundKind;
import ledger.money.Money;

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
