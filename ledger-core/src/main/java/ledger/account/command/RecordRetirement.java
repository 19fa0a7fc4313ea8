package ledger.account.command;

import java.time.LocalDate;
import ledger.limits.DateRange;
import ledger.limits.IdFormat;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Retirement on {@code retiredOn}; credits already posted for later months under the working rule are
 * corrected by events dated {@code recordedOn} (domain-rules §8).
 */
public record RecordRetirement(@TargetAggregateIdentifier String personId, LocalDate retiredOn,
                               LocalDate recordedOn) {

    public RecordRetirement {
        IdFormat.check("personId", personId);
        DateRange.check("retiredOn", retiredOn);
        DateRange.check("recordedOn", recordedOn);
    }

    /** A retirement recorded on its own day. */
    public RecordRetirement(String personId, LocalDate retiredOn) {
        this(personId, retiredOn, retiredOn);
    }
}
