package ledger.account.event;

import java.time.LocalDate;
import java.util.List;
import ledger.account.value.ClosureReason;
import ledger.interest.PotDelta;
import ledger.money.Balances;
import ledger.money.Money;
import ledger.money.Pot;

/** At liquidation, both pots paid to the payee: heirs on death, the new region on transfer out. */
public record BalancePaidOut(
        String personId,
        ClosureReason reason,
        String payee,
        Money withdrawable,
        Money earmarked,
        LocalDate paidOn,
        Balances balanceAfter) implements AccountEvent, MoneyMovement {

    public Money amount() {
        return withdrawable.plus(earmarked);
    }

    @Override
    public LocalDate effectiveDate() {
        return paidOn;
    }

    @Override
    public List<PotDelta> deltas() {
        return List.of(new PotDelta(Pot.WITHDRAWABLE, -withdrawable.fen()), new PotDelta(Pot.EARMARKED, -earmarked.fen()));
    }
}
