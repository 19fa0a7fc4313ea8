package ledger.account.receipt;

import java.util.List;
import ledger.account.event.InterestAdjusted;
import ledger.account.event.InterestPosted;
import ledger.interest.PotInterest;
import ledger.interest.Quarter;
import ledger.money.Balances;
import ledger.money.Money;

/**
 * The answer to a quarter's interest; {@code adjustments} are the later quarters recomputed when a
 * missed quarter is posted after them (code 110), and {@code balanceAfter} follows them all.
 */
public record InterestReceipt(Quarter quarter, Money amount, List<PotInterest> perPot, Balances balanceAfter,
                              List<InterestAdjusted> adjustments) {

    public InterestReceipt {
        adjustments = List.copyOf(adjustments);
    }

    public InterestReceipt(Quarter quarter, Money amount, List<PotInterest> perPot, Balances balanceAfter) {
        this(quarter, amount, perPot, balanceAfter, List.of());
    }

    public static InterestReceipt of(InterestPosted posted, List<InterestAdjusted> adjustments) {
        Money total = posted.perPot().stream().map(PotInterest::amount).reduce(Money.ZERO, Money::plus);
        Balances after = adjustments.isEmpty() ? posted.balanceAfter()
                : adjustments.get(adjustments.size() - 1).balanceAfter();
        return new InterestReceipt(posted.quarter(), total, posted.perPot(), after, adjustments);
    }
}
