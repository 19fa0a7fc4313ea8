package ledger.account.command;

import java.time.LocalDate;
import java.util.Objects;
import ledger.limits.DateRange;
import ledger.limits.IdFormat;
import ledger.policy.InsuranceStatus;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A change of insurance status effective on a day; corrections of credits already posted are dated {@code recordedOn}. */
public record ChangeInsuranceStatus(
        @TargetAggregateIdentifier String personId,
        InsuranceStatus status,
        LocalDate effectiveOn,
        LocalDate recordedOn) {

    public ChangeInsuranceStatus {
        IdFormat.check("personId", personId);
        Objects.requireNonNull(status, "status");
        DateRange.check("effectiveOn", effectiveOn);
        DateRange.check("recordedOn", recordedOn);
    }
}
