package ledger.app.payments;

import java.util.ArrayList;
import java.util.List;
import ledger.app.payments.PaymentResponses.PaymentDetailJson;
import ledger.app.payments.PaymentResponses.PaymentJson;
import ledger.app.payments.PaymentResponses.RefundJson;
import ledger.money.Money;
import ledger.payment.Payment;
import ledger.payment.event.PaymentRefunded;
import ledger.payment.event.PaymentSettled;
import ledger.payment.receipt.PaymentReceipt;
import ledger.payment.receipt.RefundReceipt;
import ledger.refusal.NotFound;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** Reads a payment and its refunds straight from the payment's own event stream: always current. */
@Component
public class PaymentHistory {

    private final EventStore eventStore;

    PaymentHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public PaymentDetailJson of(String paymentId) {
        List<Object> events = new ArrayList<>();
        eventStore.readEvents(Payment.streamId(paymentId)).asStream().map(DomainEventMessage::getPayload).forEach(events::add);
        PaymentSettled settled = events.stream().filter(PaymentSettled.class::isInstance).map(PaymentSettled.class::cast)
                .findFirst().orElseThrow(() -> new NotFound("unknown-payment", "no payment " + paymentId + " was settled"));
        List<PaymentRefunded> refunds = events.stream().filter(PaymentRefunded.class::isInstance)
                .map(PaymentRefunded.class::cast).toList();
        Money refunded = refunds.stream().map(PaymentRefunded::amount).reduce(Money.ZERO, Money::plus);
        return new PaymentDetailJson(paymentId, settled.terms(), PaymentJson.of(PaymentReceipt.of(settled, false)),
                refunds.stream().map(refund -> RefundJson.of(RefundReceipt.of(refund, false))).toList(),
                settled.terms().amount().minus(refunded));
    }
}
