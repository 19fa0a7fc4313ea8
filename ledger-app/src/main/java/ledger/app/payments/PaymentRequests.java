package ledger.app.payments;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import ledger.account.PaymentPurpose;
import ledger.money.Money;
import ledger.payment.Channel;

/** The request bodies of the settlement endpoints. */
final class PaymentRequests {

    private PaymentRequests() {
    }

    /** Card payments that need no PIN whatever the amount (000 Q22). */
    enum PinExemption {
        REGISTRATION_FEE,
        CROSS_REGION_DIRECT_SETTLEMENT
    }

    record PaymentRequest(
            @NotBlank @Size(max = 64) String paymentId,
            @NotBlank @Size(max = 64) String personId,
            @NotNull Money amount,
            @NotNull OffsetDateTime occurredAt,
            @NotBlank @Size(max = 64) String institutionId,
            @NotNull PaymentPurpose purpose,
            @Size(max = 64) String beneficiaryId,
            @NotNull Channel channel,
            String pin,
            boolean useFamilyAccounts,
            PinExemption pinExemption) {

        @Override
        public String toString() {
            return "PaymentRequest[" + paymentId + "]";
        }
    }

    record RefundRequest(@NotBlank @Size(max = 64) String refundId, @NotNull Money amount) {
    }

    record ReimbursementRequest(@NotBlank @Size(max = 64) String reimbursementId, @NotNull Money amount) {
    }
}
