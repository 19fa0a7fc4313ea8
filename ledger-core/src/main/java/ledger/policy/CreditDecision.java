package ledger.policy;

import ledger.money.Money;
import ledger.money.Pot;

/** What a monthly credit is worth, where it lands and why. */
public record CreditDecision(Money amount, Pot pot, CreditBasis basis) {
}
