package ledger.account.event;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import ledger.interest.PotDelta;
import ledger.money.Balances;
import ledger.money.Money;
import ledger.money.Pot;
import ledger.policy.CreditBasis;

/**
 * A credit posted under the old rule, corrected after a late-reported retirement or status change
 * (domain-rules §8): the month is now worth {@code after} instead of {@code before}. The difference is
 * added to {@code addedTo} or recovered from the pots as far as they reach ({@code unrecovered} is the
 * rest). {@code basisAfter} is the rule and inputs of the new amount, null when the month earns nothing.
 */
public record CreditCorrected(
        String personId,
        YearMonth period,
        String cause,
        Money before,
        Money after,
        CreditBasis basisAfter,
        Pot addedTo,
        Money added,
        Money recoveredWithdrawable,
        Money recoveredEarmarked,
        Money unrecovered,
        LocalDate correctedOn,
        Balances balanceAfter) implements AccountEvent, MoneyMovement {

    @Override
    public LocalDate effectiveDate() {
        return correctedOn;
    }

    @Override
    public List<PotDelta> deltas() {
        List<PotDelta> deltas = new ArrayList<>();
        if (!added.isZero()) {
            deltas.add(new PotDelta(addedTo, added.fen()));
        }
        deltas.add(new PotDelta(Pot.WITHDRAWABLE, -recoveredWithdrawable.fen()));
        deltas.add(new PotDelta(Pot.EARMARKED, -recoveredEarmarked.fen()));
        return deltas;
    }
}
