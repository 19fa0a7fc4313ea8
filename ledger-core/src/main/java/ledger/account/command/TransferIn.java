package ledger.account.command;

import java.time.LocalDate;
import ledger.limits.DateRange;
import ledger.limits.IdFormat;
import ledger.limits.RegionCode;
import ledger.money.Money;
import ledger.money.MoneyLimits;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Money arriving from the person's account in another region (000 Q36): merged in, earmarked. */
public record TransferIn(
        @TargetAggregateIdentifier String personId,
        String transferId,
        String fromRegion,
        Money amount,
        LocalDate receivedOn) {

    public TransferIn {
        IdFormat.check("personId", personId);
        IdFormat.check("transferId", transferId);
        RegionCode.check("fromRegion", fromRegion);
        MoneyLimits.checkAmount("amount", amount);
        DateRange.check("receivedOn", receivedOn);
    }
}
