package ledger.account;

import java.time.OffsetDateTime;

/** What every account debited for one settlement records about it. */
public record PaymentShare(
        String paymentId,
        String payerId,
        String beneficiaryId,
        PaymentPurpose purpose,
        String institutionId,
        OffsetDateTime occurredAt) {
}
