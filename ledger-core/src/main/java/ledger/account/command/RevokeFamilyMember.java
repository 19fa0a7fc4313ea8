package ledger.account.command;

import java.time.LocalDate;
import ledger.limits.DateRange;
import ledger.limits.IdFormat;

public record RevokeFamilyMember(String holderId, String memberId, LocalDate revokedOn) {

    public RevokeFamilyMember {
        IdFormat.check("personId", holderId);
        IdFormat.check("memberId", memberId);
        DateRange.check("revokedOn", revokedOn);
    }
}
