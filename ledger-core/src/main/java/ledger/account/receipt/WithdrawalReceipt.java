package ledger.account.receipt;

import java.time.LocalDate;
import ledger.account.event.CashWithdrawn;
import ledger.money.Balances;
import ledger.money.Money;

/** The answer to a withdrawal; {@code repeated} is true when the same request was already applied. */
public record WithdrawalReceipt(
        String withdrawalId,
        Money amount,
        LocalDate occurredOn,
        Balances balanceAfter,
        boolean repeated) {

    public static WithdrawalReceipt of(CashWithdrawn event, boolean repeated) {
        return new WithdrawalReceipt(event.withdrawalId(), event.amount(), event.occurredOn(), event.balanceAfter(),
                repeated);
    }
}
