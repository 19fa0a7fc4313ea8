package ledger.account;

import java.time.LocalDate;
import ledger.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record WithdrawCash(
        @TargetAggregateIdentifier String personId,
        String withdrawalId,
        Money amount,
        LocalDate occurredOn) {
}
