package ledger.projections.account;

import java.time.LocalDate;
import ledger.money.Balances;
import ledger.policy.Category;

/** An account as the balance projection holds it. */
public record AccountView(
        String personId,
        String region,
        Category category,
        AccountStatus status,
        LocalDate birthDate,
        LocalDate openedOn,
        LocalDate retiredOn,
        Balances balance,
        long lastSequence) {
}
