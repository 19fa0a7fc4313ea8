package ledger.account;

import java.time.LocalDate;
import ledger.money.Money;
import ledger.policy.Category;
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
}
