package ledger.account;

import java.time.LocalDate;
import ledger.limits.DateRange;
import ledger.limits.IdFormat;

/** Handled across the holder's and the member's accounts by {@code FamilyRegistrations}. */
public record RegisterFamilyMember(String holderId, String memberId, Relation relation, LocalDate registeredOn) {

    public RegisterFamilyMember {
        IdFormat.check("personId", holderId);
        IdFormat.check("memberId", memberId);
        DateRange.check("registeredOn", registeredOn);
    }
}
