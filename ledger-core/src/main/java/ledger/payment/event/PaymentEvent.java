package ledger.payment.event;

/** Every fact in a payment's history: its settlement, then any refunds of it. */
public sealed interface PaymentEvent permits PaymentSettled, PaymentRefunded {

    String paymentId();
}
