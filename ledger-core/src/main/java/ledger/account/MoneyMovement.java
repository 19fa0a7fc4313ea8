package ledger.account;

import ledger.money.Balances;

/** An event that moves money in or out of an account; it carries the balances it leaves behind. */
public interface MoneyMovement {

    Balances balanceAfter();
}
