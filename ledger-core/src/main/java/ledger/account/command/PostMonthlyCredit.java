package ledger.account.command;

import java.time.LocalDate;
import java.time.YearMonth;
import ledger.limits.DateRange;
import ledger.limits.IdFormat;
import ledger.money.Money;
import ledger.money.MoneyLimits;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Credits one month; the allocation date decides the pot, the period decides the rule. A region's
 * batch names its region ({@code creditingRegion}), so a person of another region is refused, never
 * credited by the wrong region's rule; a caseworker's single credit leaves it null.
 */
public record PostMonthlyCredit(
        @TargetAggregateIdentifier String personId,
        YearMonth period,
        Money contributionBase,
        LocalDate allocationDate,
        String creditingRegion) {

    public PostMonthlyCredit {
        IdFormat.check("personId", personId);
        DateRange.check("period", period);
        DateRange.check("creditedOn", allocationDate);
        MoneyLimits.checkAmount("contributionBase", contributionBase);
    }

    public PostMonthlyCredit(String personId, YearMonth period, Money contributionBase, LocalDate allocationDate) {
        this(personId, period, contributionBase, allocationDate, null);
    }
}
