package ledger.account.event;

import java.time.LocalDate;
import java.util.List;
import ledger.interest.PotDelta;
import ledger.money.Balances;
import ledger.money.Money;
import ledger.money.Pot;

/** Money from the person's account in another region, merged in as earmarked money. */
public record TransferredIn(
        String personId,
        String transferId,
        String fromRegion,
        Money amount,
        LocalDate receivedOn,
        Balances balanceAfter) implements AccountEvent, MoneyMovement {

    @Override
    public LocalDate effectiveDate() {
        return receivedOn;
    }

    @Override
    public List<PotDelta> deltas() {
        return List.of(new PotDelta(Pot.EARMARKED, amount.fen()));
    }
}
