package ledger.account.receipt;

import ledger.account.event.TransferredIn;
import ledger.money.Balances;
import ledger.money.Money;

/** The answer to a transfer in; {@code repeated} when the same transfer was already merged. */
public record TransferReceipt(String transferId, Money amount, Balances balanceAfter, boolean repeated) {

    public static TransferReceipt of(TransferredIn event, boolean repeated) {
        return new TransferReceipt(event.transferId(), event.amount(), event.balanceAfter(), repeated);
    }
}
