package ledger.app.payments;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import ledger.account.value.PaymentPurpose;
import ledger.app.web.LedgerId;
import ledger.money.Money;
import ledger.payment.value.Channel;
import ledger.payment.value.PinExemption;

/** The request bodies of the settlement endpoints. */
final class PaymentRequests {

    private PaymentRequests() {
    }

    record PaymentRequest(
            @NotBlank @LedgerId String paymentId,
            @NotBlank @LedgerId String personId,
            @NotNull Money amount,
            @NotNull OffsetDateTime occurredAt,
            @NotBlank @LedgerId String institutionId,
            @NotNull PaymentPurpose purpose,
            @LedgerId String beneficiaryId,
            @NotNull Channel channel,
            @Size(max = 16) String pin,
            boolean useFamilyAccounts,
            PinExemption pinExemption) {

        @Override
        public String toString() {
            return "PaymentRequest[" + paymentId + "]";
        }
    }

    record RefundRequest(@NotBlank @LedgerId String refundId, @NotNull Money amount) {
    }

    record ReimbursementRequest(@NotBlank @LedgerId String reimbursementId, @NotNull Money amount) {
    }
}
