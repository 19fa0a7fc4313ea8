package ledger.account;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import ledger.account.value.PaymentPurpose;

/**
 * What every account debited for one settlement records about it. {@code paymentDay} is the date of
 * {@code occurredAt} in the region's time zone: the business date the payment counts on.
 */
public record PaymentShare(
        String paymentId,
        String payerId,
        String beneficiaryId,
        PaymentPurpose purpose,
        String institutionId,
        OffsetDateTime occurredAt,
        LocalDate paymentDay) {
}
