package ledger.payment.value;

import ledger.money.Money;
import ledger.money.Pot;

/** The share one pot of one account pays (or gets back). */
public record Allocation(String accountId, Pot pot, Money amount) {
}
