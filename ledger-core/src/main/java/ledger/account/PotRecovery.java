package ledger.account;

import ledger.money.Balances;
import ledger.money.Money;
import ledger.money.Pot;

/**
 * Money owed back to the fund, taken from the pot it was paid into and then the other pot, as far as
 * they reach (004 第十条); {@code unrecovered} is what the pots could no longer cover.
 */
record PotRecovery(Money withdrawable, Money earmarked, Money unrecovered, Balances left) {

    static PotRecovery take(Money owed, Pot paidInto, Balances balances) {
        Pot other = paidInto == Pot.EARMARKED ? Pot.WITHDRAWABLE : Pot.EARMARKED;
        Money fromFirst = owed.min(balances.in(paidInto));
        Money fromSecond = owed.minus(fromFirst).min(balances.in(other));
        Balances left = balances.minus(paidInto, fromFirst).minus(other, fromSecond);
        Money withdrawable = paidInto == Pot.WITHDRAWABLE ? fromFirst : fromSecond;
        Money earmarked = paidInto == Pot.EARMARKED ? fromFirst : fromSecond;
        return new PotRecovery(withdrawable, earmarked, owed.minus(fromFirst).minus(fromSecond), left);
    }
}
