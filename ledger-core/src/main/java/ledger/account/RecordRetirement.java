package ledger.account;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordRetirement(@TargetAggregateIdentifier String personId, LocalDate retiredOn) {
}
