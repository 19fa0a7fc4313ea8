package ledger.account.event;

import java.time.LocalDate;

/**
 * The ledger records a member of the urban-rural resident scheme the first time a holder registers
 * him (domain-rules §5): he has no personal account, no balance and no credits, only a funding order
 * over the accounts of those who registered him.
 */
public record ResidentMemberRecorded(String personId, String region, LocalDate recordedOn) implements AccountEvent {

    @Override
    public LocalDate effectiveDate() {
        return recordedOn;
    }
}
