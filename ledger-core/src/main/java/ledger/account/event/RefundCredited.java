package ledger.account.event;

import java.time.LocalDate;
import java.util.List;
import ledger.account.value.RefundKind;
import ledger.interest.PotDelta;
import ledger.money.Balances;
import ledger.money.Money;
import ledger.money.Pot;

/** A share of a refund or reimbursement returned to the pot it was paid from (domain-rules §6). */
public record RefundCredited(
        String personId,
        String paymentId,
        String refundId,
        RefundKind kind,
        Pot pot,
        Money amount,
        LocalDate refundedOn,
        Balances balanceAfter) implements AccountEvent, MoneyMovement {

    @Override
    public LocalDate effectiveDate() {
        return refundedOn;
    }

    @Override
    public List<PotDelta> deltas() {
        return List.of(new PotDelta(pot, amount.fen()));
    }
}
