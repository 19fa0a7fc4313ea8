package ledger.account;

import java.time.LocalDate;
import java.time.YearMonth;
import ledger.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Credits one month; the allocation date decides the pot, the period decides the rule. */
public record PostMonthlyCredit(
        @TargetAggregateIdentifier String personId,
        YearMonth period,
        Money contributionBase,
        LocalDate allocationDate) {
}
