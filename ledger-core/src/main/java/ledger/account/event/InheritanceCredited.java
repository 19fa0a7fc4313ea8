package ledger.account.event;

import java.time.LocalDate;
import java.util.List;
import ledger.interest.PotDelta;
import ledger.money.Balances;
import ledger.money.Money;
import ledger.money.Pot;

/**
 * The balance of a deceased person's account credited into this heir's account, each pot into the
 * same pot (code 106 here, 208 in the deceased's statement; 004 第九条, 002 汉 第十条, 玉 第十八条).
 */
public record InheritanceCredited(
        String personId,
        String deceasedId,
        Money withdrawable,
        Money earmarked,
        LocalDate creditedOn,
        Balances balanceAfter) implements AccountEvent, MoneyMovement {

    @Override
    public LocalDate effectiveDate() {
        return creditedOn;
    }

    @Override
    public List<PotDelta> deltas() {
        return List.of(new PotDelta(Pot.WITHDRAWABLE, withdrawable.fen()), new PotDelta(Pot.EARMARKED, earmarked.fen()));
    }
}
