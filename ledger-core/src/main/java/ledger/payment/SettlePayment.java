package ledger.payment;

/** Handled by {@link Settlements}: pays a bill from the person's and family accounts, the rest in cash. */
public record SettlePayment(String paymentId, PaymentTerms terms) {
}
