package ledger.payment.command;

import java.time.LocalDate;
import ledger.account.Settlements;
import ledger.account.value.RefundKind;
import ledger.limits.DateRange;
import ledger.limits.IdFormat;
import ledger.money.Money;
import ledger.money.MoneyLimits;

/** Handled by {@link Settlements}: returns part or all of a settled payment (refund or reimbursement). */
public record RefundPayment(String paymentId, String refundId, RefundKind kind, Money amount, LocalDate refundedOn) {

    public RefundPayment {
        IdFormat.check("paymentId", paymentId);
        IdFormat.check("refundId", refundId);
        MoneyLimits.checkAmount("amount", amount);
        DateRange.check("refundedOn", refundedOn);
    }
}
