package ledger.payment;

import java.time.LocalDate;
import ledger.account.RefundKind;
import ledger.money.Money;

/** Handled by {@link Settlements}: returns part or all of a settled payment (refund or reimbursement). */
public record RefundPayment(String paymentId, String refundId, RefundKind kind, Money amount, LocalDate refundedOn) {
}
