package ledger.account.event;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import ledger.interest.PotDelta;
import ledger.money.Balances;
import ledger.money.Money;
import ledger.money.Pot;
import ledger.policy.CreditBasis;

/**
 * A credit posted in error, taken back to the fund (退收, code 104, domain-rules §8) from the pot it
 * was paid into and then the other; the period may be credited again. The actor is in the metadata.
 */
public record CreditReversed(
        String personId,
        YearMonth period,
        Money amount,
        CreditBasis reversedBasis,
        String reason,
        Money withdrawable,
        Money earmarked,
        LocalDate reversedOn,
        Balances balanceAfter) implements AccountEvent, MoneyMovement {

    @Override
    public LocalDate effectiveDate() {
        return reversedOn;
    }

    @Override
    public List<PotDelta> deltas() {
        return List.of(new PotDelta(Pot.WITHDRAWABLE, -withdrawable.fen()), new PotDelta(Pot.EARMARKED, -earmarked.fen()));
    }
}
