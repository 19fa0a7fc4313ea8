package ledger.account.command;

import java.time.LocalDate;
import java.util.List;
import ledger.limits.DateRange;
import ledger.limits.IdFormat;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The member's new order of family accounts: a permutation of the accounts that registered the member. */
public record ChangeFundingOrder(
        @TargetAggregateIdentifier String personId,
        List<String> familyAccounts,
        LocalDate changedOn) {

    public ChangeFundingOrder {
        IdFormat.check("personId", personId);
        familyAccounts.forEach(account -> IdFormat.check("accounts", account));
        DateRange.check("changedOn", changedOn);
    }
}
