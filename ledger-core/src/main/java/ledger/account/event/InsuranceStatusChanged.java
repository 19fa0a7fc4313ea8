package ledger.account.event;

import java.time.LocalDate;
import java.time.YearMonth;
import ledger.policy.InsuranceStatus;

/**
 * A change of insurance status (000 Q14, 002 汉 第六条): the credit rule of the new status applies from
 * {@code newRulesFrom}, the month after the change, like retirement; the balance stays usable.
 */
public record InsuranceStatusChanged(
        String personId,
        InsuranceStatus statusBefore,
        InsuranceStatus statusAfter,
        LocalDate effectiveOn,
        YearMonth newRulesFrom) implements AccountEvent {

    @Override
    public LocalDate effectiveDate() {
        return effectiveOn;
    }
}
