package ledger.account.event;

import java.time.LocalDate;
import java.util.List;
import ledger.account.value.Relation;

/**
 * In the member's history: {@code holderId} registered this person as a family member; the holder's
 * account joins the end of the member's funding order (按备案顺序, 000 Q10).
 */
public record RegisteredAsFamilyMember(
        String personId,
        String holderId,
        Relation relation,
        LocalDate registeredOn,
        List<String> fundingOrderAfter) implements AccountEvent {

    public RegisteredAsFamilyMember {
        fundingOrderAfter = List.copyOf(fundingOrderAfter);
    }

    @Override
    public LocalDate effectiveDate() {
        return registeredOn;
    }
}
