package ledger.account.command;

import java.time.LocalDate;
import ledger.limits.DateRange;
import ledger.limits.IdFormat;
import ledger.money.Money;
import ledger.money.MoneyLimits;
import ledger.policy.Category;
import ledger.refusal.InvalidInput;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Opens the personal account of an insured person; a legacy balance arrives as withdrawable money. */
public record OpenAccount(
        @TargetAggregateIdentifier String personId,
        String region,
        Category category,
        LocalDate birthDate,
        LocalDate openedOn,
        LocalDate retiredOn,
        Money legacyWithdrawableBalance) {

    public OpenAccount {
        if (personId == null || personId.isBlank()) {
            throw new InvalidInput("person-id-required", "personId is required");
        }
        IdFormat.check("personId", personId);
        DateRange.check("birthDate", birthDate);
        DateRange.check("openedOn", openedOn);
        DateRange.check("retiredOn", retiredOn);
        MoneyLimits.checkAmount("legacyWithdrawableBalance", legacyWithdrawableBalance);
    }
}
