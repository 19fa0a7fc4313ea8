package ledger.payment.value;

import ledger.money.Money;
import ledger.money.Pot;

/** A refund share owed to an account closed since the payment, paid instead to its liquidation payee. */
public record ForwardedShare(String accountId, Pot pot, Money amount, String payee) {
}
