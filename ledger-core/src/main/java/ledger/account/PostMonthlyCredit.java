package ledger.account;

import java.time.LocalDate;
import java.time.YearMonth;
import ledger.money.Money;
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

    public PostMonthlyCredit(String personId, YearMonth period, Money contributionBase, LocalDate allocationDate) {
        this(personId, period, contributionBase, allocationDate, null);
    }
}
