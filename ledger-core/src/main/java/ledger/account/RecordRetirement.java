package ledger.account;

import java.time.LocalDate;
import ledger.limits.DateRange;
import ledger.limits.IdFormat;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordRetirement(@TargetAggregateIdentifier String personId, LocalDate retiredOn) {

    public RecordRetirement {
        IdFormat.check("personId", personId);
        DateRange.check("retiredOn", retiredOn);
    }
}
