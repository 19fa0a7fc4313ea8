package ledger.account.event;

import java.time.LocalDate;
import java.util.List;
import ledger.interest.PotDelta;
import ledger.money.Balances;

/**
 * An event that moves money in or out of an account: what each pot gained or lost, the business date
 * it counts from, and the balances it leaves behind.
 */
public interface MoneyMovement {

    String personId();

    LocalDate effectiveDate();

    List<PotDelta> deltas();

    Balances balanceAfter();
}
