package ledger.account.receipt;

import ledger.money.Money;

/** The answer to a liquidation: what went back to the fund, what the payee received. */
public record ClosureReceipt(Money recovered, Money unrecovered, Money paidOut, String payee, String payoutCode) {
}
