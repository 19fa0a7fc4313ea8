package ledger.account.event;

import java.time.LocalDate;
import java.util.List;
import ledger.interest.PotDelta;
import ledger.money.Balances;
import ledger.money.Money;
import ledger.money.Pot;

/** A balance carried over from the old system at opening: pre-reform money, so withdrawable (§1). */
public record LegacyBalanceMigrated(
        String personId,
        Money amount,
        LocalDate migratedOn,
        Balances balanceAfter) implements AccountEvent, MoneyMovement {

    @Override
    public LocalDate effectiveDate() {
        return migratedOn;
    }

    @Override
    public List<PotDelta> deltas() {
        return List.of(new PotDelta(Pot.WITHDRAWABLE, amount.fen()));
    }
}
