package ledger.payment.receipt;

import java.util.List;
import ledger.money.Balances;
import ledger.money.Money;
import ledger.payment.event.PaymentSettled;
import ledger.payment.value.Allocation;

/**
 * The answer to a settlement, in the contract's terms: {@code accountPaid = ownAccountPaid +
 * familyAccountsPaid} and {@code accountPaid + cashDue = amount}.
 */
public record PaymentReceipt(
        String paymentId,
        List<Allocation> allocations,
        Money ownAccountPaid,
        Money familyAccountsPaid,
        Money accountPaid,
        Money cashDue,
        Balances payerBalanceAfter,
        boolean repeated) {

    public static PaymentReceipt of(PaymentSettled settled, boolean repeated) {
        return new PaymentReceipt(settled.paymentId(), settled.allocations(), settled.ownAccountPaid(),
                settled.familyAccountsPaid(), settled.ownAccountPaid().plus(settled.familyAccountsPaid()),
                settled.cashDue(), settled.payerBalanceAfter(), repeated);
    }
}
