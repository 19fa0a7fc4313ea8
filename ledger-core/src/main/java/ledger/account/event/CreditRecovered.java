package ledger.account.event;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import ledger.interest.PotDelta;
import ledger.money.Balances;
import ledger.money.Money;

/**
 * A credit for a month after the account's termination date, returned to the fund (退收) at
 * liquidation (004 第十条). {@code unrecovered} is what the pots could no longer cover.
 */
public record CreditRecovered(
        String personId,
        YearMonth period,
        Money withdrawable,
        Money earmarked,
        Money unrecovered,
        LocalDate recoveredOn,
        Balances balanceAfter) implements AccountEvent, MoneyMovement {

    public Money amount() {
        return withdrawable.plus(earmarked);
    }

    @Override
    public LocalDate effectiveDate() {
        return recoveredOn;
    }

    @Override
    public List<PotDelta> deltas() {
        return List.of(new PotDelta(ledger.money.Pot.WITHDRAWABLE, -withdrawable.fen()),
                new PotDelta(ledger.money.Pot.EARMARKED, -earmarked.fen()));
    }
}
