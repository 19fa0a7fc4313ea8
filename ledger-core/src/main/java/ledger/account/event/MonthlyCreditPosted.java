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
 * A monthly credit (划入) for a period. {@code backFilled} marks a credit allocated after its period's
 * month (补划, a contribution collected late); {@code basis} says which rule and inputs produced it.
 */
public record MonthlyCreditPosted(
        String personId,
        YearMonth period,
        Money amount,
        Pot pot,
        LocalDate allocationDate,
        boolean backFilled,
        CreditBasis basis,
        Balances balanceAfter) implements AccountEvent, MoneyMovement {

    @Override
    public LocalDate effectiveDate() {
        return allocationDate;
    }

    @Override
    public List<PotDelta> deltas() {
        return List.of(new PotDelta(pot, amount.fen()));
    }
}
