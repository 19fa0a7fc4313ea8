package ledger.account;

import java.util.List;
import ledger.interest.PotInterest;
import ledger.interest.Quarter;
import ledger.money.Balances;
import ledger.money.Money;

/** The answer to a quarter's interest. */
public record InterestReceipt(Quarter quarter, Money amount, List<PotInterest> perPot, Balances balanceAfter) {

    static InterestReceipt of(InterestPosted posted) {
        Money total = posted.perPot().stream().map(PotInterest::amount).reduce(Money.ZERO, Money::plus);
        return new InterestReceipt(posted.quarter(), total, posted.perPot(), posted.balanceAfter());
    }
}
