package ledger.account;

import java.time.LocalDate;
import ledger.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Money arriving from the person's account in another region (000 Q36): merged in, earmarked. */
public record TransferIn(
        @TargetAggregateIdentifier String personId,
        String transferId,
        String fromRegion,
        Money amount,
        LocalDate receivedOn) {
}
