package ledger.account.event;

import java.time.LocalDate;
import java.util.List;
import ledger.interest.PotDelta;
import ledger.interest.PotInterest;
import ledger.interest.Quarter;
import ledger.money.Balances;
import ledger.money.Money;
import ledger.money.Pot;

/**
 * A paid quarter's interest recomputed after a missed earlier quarter was posted (code 110,
 * domain-rules §3): {@code before} and {@code after} are the quarter's interest per pot, the
 * difference is posted with the value date of the quarter's credit day; posted interest is never edited.
 */
public record InterestAdjusted(
        String personId,
        Quarter quarter,
        Quarter missedQuarter,
        Balances before,
        Balances after,
        List<PotInterest> recomputed,
        String ruleId,
        LocalDate valueDate,
        LocalDate adjustedOn,
        Balances balanceAfter) implements AccountEvent, MoneyMovement {

    public InterestAdjusted {
        recomputed = List.copyOf(recomputed);
    }

    public Money difference() {
        return after.total().minus(before.total());
    }

    @Override
    public LocalDate effectiveDate() {
        return valueDate;
    }

    @Override
    public List<PotDelta> deltas() {
        return List.of(new PotDelta(Pot.WITHDRAWABLE, after.withdrawable().fen() - before.withdrawable().fen()),
                new PotDelta(Pot.EARMARKED, after.earmarked().fen() - before.earmarked().fen()));
    }
}
