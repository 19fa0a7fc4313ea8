package ledger.account.event;

import java.time.LocalDate;
import ledger.money.Money;
import ledger.money.Pot;

/**
 * A refund share owed to this account after it was closed: not credited (the account holds nothing
 * any more) but forwarded to the payee of its liquidation, so it is never lost.
 */
public record ClosedAccountRefundForwarded(
        String personId,
        String paymentId,
        String refundId,
        Pot pot,
        Money amount,
        String payee,
        LocalDate forwardedOn) implements AccountEvent {

    @Override
    public LocalDate effectiveDate() {
        return forwardedOn;
    }
}
