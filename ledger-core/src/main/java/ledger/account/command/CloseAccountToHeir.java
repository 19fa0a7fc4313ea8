package ledger.account.command;

import java.time.LocalDate;
import ledger.limits.DateRange;
import ledger.limits.IdFormat;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Liquidates a deceased person's account into an heir's account of the region, pot by pot (§8). */
public record CloseAccountToHeir(
        @TargetAggregateIdentifier String personId,
        LocalDate effectiveOn,
        String heirAccountId,
        LocalDate closedOn) {

    public CloseAccountToHeir {
        IdFormat.check("personId", personId);
        IdFormat.check("heirAccountId", heirAccountId);
        DateRange.check("effectiveOn", effectiveOn);
        DateRange.check("closedOn", closedOn);
    }
}
