package ledger.policy;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import ledger.money.Money;

/**
 * Which rule produced a monthly credit and from which inputs, so a caseworker can explain the amount
 * and an auditor can recompute it. Inputs a method does not use are null.
 */
public record CreditBasis(
        String ruleId,
        String ruleSource,
        Category category,
        CreditMethod method,
        Money contributionBase,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal rate,
        Integer ageInYears,
        String ageBand,
        LocalDate reformCutover) {
}
