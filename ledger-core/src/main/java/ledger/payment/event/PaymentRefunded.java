package ledger.payment.event;

import java.time.LocalDate;
import java.util.List;
import ledger.account.value.RefundKind;
import ledger.money.Money;
import ledger.payment.value.Allocation;
import ledger.payment.value.ForwardedShare;

/**
 * Part or all of a settlement returned: {@code cashRefund} to the person, {@code allocations} back to
 * the pots they came from, {@code forwarded} to the payees of accounts closed since.
 */
public record PaymentRefunded(
        String paymentId,
        String refundId,
        RefundKind kind,
        Money amount,
        Money cashRefund,
        List<Allocation> allocations,
        List<ForwardedShare> forwarded,
        LocalDate refundedOn) implements PaymentEvent {

    public PaymentRefunded {
        allocations = List.copyOf(allocations);
        forwarded = forwarded == null ? List.of() : List.copyOf(forwarded);
    }
}
