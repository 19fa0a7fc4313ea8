package ledger.account.event;

import java.time.LocalDate;
import ledger.account.value.ClosureReason;

/** The account is closed: it takes no further credits, payments or registrations (000 Q35). */
public record AccountClosed(
        String personId,
        ClosureReason reason,
        LocalDate effectiveOn,
        String payee,
        LocalDate closedOn) implements AccountEvent {

    @Override
    public LocalDate effectiveDate() {
        return closedOn;
    }
}
