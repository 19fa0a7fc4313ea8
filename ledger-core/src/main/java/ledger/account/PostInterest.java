package ledger.account;

import java.time.LocalDate;
import ledger.interest.Quarter;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Pays a quarter's interest; {@code today} decides whether the quarter's interest day has passed. */
public record PostInterest(@TargetAggregateIdentifier String personId, Quarter quarter, LocalDate today) {
}
