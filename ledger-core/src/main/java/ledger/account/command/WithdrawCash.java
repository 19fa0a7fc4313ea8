package ledger.account.command;

import java.time.LocalDate;
import ledger.limits.DateRange;
import ledger.limits.IdFormat;
import ledger.money.Money;
import ledger.money.MoneyLimits;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record WithdrawCash(
        @TargetAggregateIdentifier String personId,
        String withdrawalId,
        Money amount,
        LocalDate occurredOn) {

    public WithdrawCash {
        IdFormat.check("personId", personId);
        IdFormat.check("withdrawalId", withdrawalId);
        MoneyLimits.checkAmount("amount", amount);
        DateRange.check("occurredOn", occurredOn);
    }
}
