package ledger.payment.event;

import java.util.List;
import ledger.money.Balances;
import ledger.money.Money;
import ledger.payment.value.Allocation;
import ledger.payment.value.PaymentTerms;

/**
 * A settlement: which pots of which accounts paid what, the cash the person still owes, and the
 * payer's own balances after it (the national interface's {@code balc}).
 */
public record PaymentSettled(
        String paymentId,
        PaymentTerms terms,
        List<Allocation> allocations,
        Money ownAccountPaid,
        Money familyAccountsPaid,
        Money cashDue,
        Balances payerBalanceAfter) implements PaymentEvent {

    public PaymentSettled {
        allocations = List.copyOf(allocations);
    }
}
