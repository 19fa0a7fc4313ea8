package ledger.app.payments;

import java.math.BigDecimal;
import ledger.money.Money;
import ledger.refusal.InvalidInput;

/** The national messages' amounts (numbers with at most two decimals) to and from the ledger's Money. */
final class NationalAmounts {

    private NationalAmounts() {
    }

    static Money money(BigDecimal amount, String field) {
        if (amount == null) {
            throw new InvalidInput("missing-field", field + " is required");
        }
        if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidInput("invalid-amount", field + " must be a non-negative amount with at most two "
                    + "decimals, not " + amount.toPlainString());
        }
        try {
            return Money.ofFen(amount.movePointRight(2).longValueExact());
        } catch (ArithmeticException tooLarge) {
            throw new InvalidInput("invalid-amount", field + " is too large: " + amount.toPlainString());
        }
    }

    static BigDecimal number(Money money) {
        return BigDecimal.valueOf(money.fen(), 2);
    }

    static BigDecimal negated(Money money) {
        return number(money).negate();
    }
}
