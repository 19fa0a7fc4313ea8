package ledger.account.event;

import java.time.LocalDate;
import java.util.List;
import ledger.interest.PotDelta;
import ledger.money.Balances;
import ledger.money.Money;
import ledger.money.Pot;

/** Cash paid out to the person; always from the withdrawable pot (§1, 000 Q11–Q13). */
public record CashWithdrawn(
        String personId,
        String withdrawalId,
        Money amount,
        LocalDate occurredOn,
        Balances balanceAfter) implements AccountEvent, MoneyMovement {

    public Pot pot() {
        return Pot.WITHDRAWABLE;
    }

    @Override
    public LocalDate effectiveDate() {
        return occurredOn;
    }

    @Override
    public List<PotDelta> deltas() {
        return List.of(new PotDelta(Pot.WITHDRAWABLE, -amount.fen()));
    }
}
