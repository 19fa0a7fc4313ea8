package ledger.account.event;

import java.time.LocalDate;
import ledger.account.value.Relation;

/** In the holder's history: the holder lets a family member use this account from {@code registeredOn}. */
public record FamilyMemberRegistered(String personId, String memberId, Relation relation, LocalDate registeredOn)
        implements AccountEvent {

    @Override
    public LocalDate effectiveDate() {
        return registeredOn;
    }
}
