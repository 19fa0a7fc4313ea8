package ledger.account.command;

import java.time.LocalDate;
import java.time.YearMonth;
import ledger.limits.DateRange;
import ledger.limits.IdFormat;
import ledger.refusal.InvalidInput;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Takes back a credit posted in error (退收, code 104), dated {@code reversedOn}; the reason is kept. */
public record ReverseCredit(
        @TargetAggregateIdentifier String personId,
        YearMonth period,
        String reason,
        LocalDate reversedOn) {

    /** A reason is a caseworker's sentence, not a document. */
    public static final int MAX_REASON_LENGTH = 200;

    public ReverseCredit {
        IdFormat.check("personId", personId);
        DateRange.check("period", period);
        DateRange.check("reversedOn", reversedOn);
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON_LENGTH) {
            throw new InvalidInput("reason-required", "a reversal states its reason in 1 to " + MAX_REASON_LENGTH
                    + " characters");
        }
    }
}
