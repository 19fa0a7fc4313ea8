package ledger.payment.value;

import java.time.OffsetDateTime;
import ledger.account.value.PaymentPurpose;
import ledger.money.Money;

/**
 * What a settlement system asked for. Two requests with the same payment id are the same request
 * only when their terms are equal; the PIN is not part of the terms and is never stored.
 */
public record PaymentTerms(
        String personId,
        Money amount,
        OffsetDateTime occurredAt,
        String institutionId,
        PaymentPurpose purpose,
        String beneficiaryId,
        Channel channel,
        boolean useFamilyAccounts) {

    /** Whom the payment is for: the beneficiary of a premium, otherwise the person who pays. */
    public String beneficiary() {
        return beneficiaryId == null ? personId : beneficiaryId;
    }
}
