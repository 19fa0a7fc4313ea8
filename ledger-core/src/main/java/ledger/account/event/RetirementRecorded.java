package ledger.account.event;

import java.time.LocalDate;
import java.time.YearMonth;
import ledger.policy.Category;

/** Retirement; the retiree credit rule applies from {@code retireeRulesFrom}, the month after. */
public record RetirementRecorded(
        String personId,
        LocalDate retiredOn,
        Category categoryBefore,
        Category categoryAfter,
        YearMonth retireeRulesFrom) implements AccountEvent {

    @Override
    public LocalDate effectiveDate() {
        return retiredOn;
    }
}
