package ledger.account.event;

import java.time.LocalDate;
import ledger.policy.Category;

public record AccountOpened(
        String personId,
        String region,
        Category category,
        LocalDate birthDate,
        LocalDate openedOn,
        LocalDate retiredOn) implements AccountEvent {

    @Override
    public LocalDate effectiveDate() {
        return openedOn;
    }
}
