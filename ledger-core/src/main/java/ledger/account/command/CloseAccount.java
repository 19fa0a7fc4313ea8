package ledger.account.command;

import java.time.LocalDate;
import ledger.account.value.ClosureReason;
import ledger.limits.DateRange;
import ledger.limits.IdFormat;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Liquidates the account: recover over-credits after {@code effectiveOn}, pay the rest to the payee. */
public record CloseAccount(
        @TargetAggregateIdentifier String personId,
        ClosureReason reason,
        LocalDate effectiveOn,
        String payee,
        LocalDate closedOn) {

    public CloseAccount {
        IdFormat.check("personId", personId);
        DateRange.check("effectiveOn", effectiveOn);
        DateRange.check("closedOn", closedOn);
    }
}
