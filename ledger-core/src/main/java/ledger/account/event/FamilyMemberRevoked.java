package ledger.account.event;

import java.time.LocalDate;

/** In the holder's history: the member may no longer use this account. */
public record FamilyMemberRevoked(String personId, String memberId, LocalDate revokedOn) implements AccountEvent {

    @Override
    public LocalDate effectiveDate() {
        return revokedOn;
    }
}
