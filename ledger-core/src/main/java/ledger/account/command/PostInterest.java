package ledger.account.command;

import java.time.LocalDate;
import ledger.interest.Quarter;
import ledger.limits.DateRange;
import ledger.limits.IdFormat;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Pays a quarter's interest; {@code today} decides whether the quarter's interest day has passed. */
public record PostInterest(@TargetAggregateIdentifier String personId, Quarter quarter, LocalDate today) {

    public PostInterest {
        IdFormat.check("personId", personId);
        DateRange.check("quarter", quarter.previous().lastMonth());
        DateRange.check("quarter", quarter.lastMonth());
        DateRange.check("today", today);
    }
}
