package ledger.payment.command;

import ledger.account.Settlements;
import ledger.limits.DateRange;
import ledger.limits.IdFormat;
import ledger.money.MoneyLimits;
import ledger.payment.value.PaymentTerms;

/** Handled by {@link Settlements}: pays a bill from the person's and family accounts, the rest in cash. */
public record SettlePayment(String paymentId, PaymentTerms terms) {

    /** The terms are checked here, not in {@link PaymentTerms}, which stored events also carry. */
    public SettlePayment {
        IdFormat.check("paymentId", paymentId);
        IdFormat.check("personId", terms.personId());
        IdFormat.check("institutionId", terms.institutionId());
        IdFormat.check("beneficiaryId", terms.beneficiaryId());
        MoneyLimits.checkAmount("amount", terms.amount());
        DateRange.check("occurredAt", terms.occurredAt());
    }
}
