package ledger.projections.account;

import java.time.LocalDate;

/** A member of the resident scheme the ledger recorded at his first registration: no account, no balance. */
public record ResidentMemberView(String personId, String region, LocalDate recordedOn) {
}
