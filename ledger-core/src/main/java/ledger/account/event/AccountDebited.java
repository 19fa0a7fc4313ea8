package ledger.account.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import ledger.account.value.PaymentPurpose;
import ledger.interest.PotDelta;
import ledger.money.Balances;
import ledger.money.Money;
import ledger.money.Pot;

/**
 * One pot of this account paid part of a settlement. {@code payerId} is the person who paid (the
 * account holder or a registered family member), {@code beneficiaryId} whom a premium was for.
 */
public record AccountDebited(
        String personId,
        String paymentId,
        Pot pot,
        Money amount,
        String payerId,
        String beneficiaryId,
        PaymentPurpose purpose,
        String institutionId,
        OffsetDateTime occurredAt,
        LocalDate paymentDay,
        Balances balanceAfter) implements AccountEvent, MoneyMovement {

    @Override
    public LocalDate effectiveDate() {
        return paymentDay;
    }

    @Override
    public List<PotDelta> deltas() {
        return List.of(new PotDelta(pot, -amount.fen()));
    }
}
