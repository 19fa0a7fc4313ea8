package ledger.account;

import java.time.LocalDate;
import ledger.money.Balances;
import ledger.money.Money;

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
}
