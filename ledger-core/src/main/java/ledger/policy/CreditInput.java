package ledger.policy;

import java.time.LocalDate;
import java.time.YearMonth;
import ledger.money.Money;

/** The facts a monthly credit is computed from. {@code category} is the one in force for the period. */
public record CreditInput(
        String region,
        Category category,
        LocalDate birthDate,
        YearMonth period,
        Money contributionBase,
        LocalDate allocationDate) {
}
