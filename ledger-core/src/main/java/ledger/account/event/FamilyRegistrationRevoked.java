package ledger.account.event;

import java.time.LocalDate;
import java.util.List;

/** In the member's history: the holder's account leaves the member's funding order. */
public record FamilyRegistrationRevoked(
        String personId,
        String holderId,
        LocalDate revokedOn,
        List<String> fundingOrderAfter) implements AccountEvent {

    public FamilyRegistrationRevoked {
        fundingOrderAfter = List.copyOf(fundingOrderAfter);
    }

    @Override
    public LocalDate effectiveDate() {
        return revokedOn;
    }
}
