package ledger.money;

/**
 * What an account holds in each pot. Neither pot ever goes below zero (Money cannot), and money is
 * added only up to {@link MoneyLimits#BALANCE_MAX} in all.
 */
public record Balances(Money withdrawable, Money earmarked) {

    public static final Balances EMPTY = new Balances(Money.ZERO, Money.ZERO);

    public Money total() {
        return withdrawable.plus(earmarked);
    }

    public Money in(Pot pot) {
        return pot == Pot.WITHDRAWABLE ? withdrawable : earmarked;
    }

    public Balances plus(Pot pot, Money amount) {
        Balances after = pot == Pot.WITHDRAWABLE
                ? new Balances(withdrawable.plus(amount), earmarked)
                : new Balances(withdrawable, earmarked.plus(amount));
        MoneyLimits.checkBalance(after);
        return after;
    }

    public Balances minus(Pot pot, Money amount) {
        return pot == Pot.WITHDRAWABLE
                ? new Balances(withdrawable.minus(amount), earmarked)
                : new Balances(withdrawable, earmarked.minus(amount));
    }
}
