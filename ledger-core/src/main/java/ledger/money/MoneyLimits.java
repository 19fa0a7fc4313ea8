package ledger.money;

import ledger.refusal.InvalidInput;
import ledger.refusal.RuleRefusal;

/**
 * The largest amount a request may carry and the largest balance an account may hold, both
 * 9,999,999.99 yuan (10^9 - 1 fen). A region of up to 10^8 accounts then sums to less than
 * {@link Money#MAX}, so every balance, total and sum the ledger records reads back as Money.
 */
public final class MoneyLimits {

    public static final Money AMOUNT_MAX = Money.ofFen(999_999_999L);
    public static final Money BALANCE_MAX = Money.ofFen(999_999_999L);

    private MoneyLimits() {
    }

    /** Refuses a present amount above the maximum; a missing one is the caller's to require. */
    public static Money checkAmount(String field, Money amount) {
        if (amount != null && amount.exceeds(AMOUNT_MAX)) {
            throw new InvalidInput("amount-too-large", field + " " + amount + " is above the largest amount the ledger "
                    + "accepts, " + AMOUNT_MAX);
        }
        return amount;
    }

    static void checkBalance(Balances after) {
        if (after.total().exceeds(BALANCE_MAX)) {
            throw new RuleRefusal("balance-limit", "the account would hold " + after.total()
                    + ", above the largest balance an account may hold, " + BALANCE_MAX + "; nothing was applied");
        }
    }
}
