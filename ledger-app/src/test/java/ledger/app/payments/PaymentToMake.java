package ledger.app.payments;

import ledger.app.accounts.AccountToOpen;

/**
 * The body of a settlement request with a payment id of its own. Defaults: a MEDICAL bill at a
 * Beijing hospital on 2023-03-01 10:00 Beijing time, paid with the electronic voucher from the
 * payer's own account only. Null fields are left out of the JSON.
 */
public record PaymentToMake(
        String paymentId,
        String personId,
        String amount,
        String occurredAt,
        String institutionId,
        String purpose,
        String beneficiaryId,
        String channel,
        String pin,
        boolean useFamilyAccounts,
        String pinExemption) {

    public static final String HOSPITAL = "H11010500001";

    public static PaymentToMake of(String personId, String amount) {
        return new PaymentToMake(AccountToOpen.newPersonId("pay"), personId, amount, "2023-03-01T10:00:00+08:00",
                HOSPITAL, "MEDICAL", null, "E_VOUCHER", null, false, null);
    }

    public PaymentToMake withPaymentId(String id) {
        return new PaymentToMake(id, personId, amount, occurredAt, institutionId, purpose, beneficiaryId, channel,
                pin, useFamilyAccounts, pinExemption);
    }

    public PaymentToMake withAmount(String otherAmount) {
        return new PaymentToMake(paymentId, personId, otherAmount, occurredAt, institutionId, purpose, beneficiaryId,
                channel, pin, useFamilyAccounts, pinExemption);
    }

    public PaymentToMake withOccurredAt(String instant) {
        return new PaymentToMake(paymentId, personId, amount, instant, institutionId, purpose, beneficiaryId, channel,
                pin, useFamilyAccounts, pinExemption);
    }

    public PaymentToMake atInstitution(String otherInstitution) {
        return new PaymentToMake(paymentId, personId, amount, occurredAt, otherInstitution, purpose, beneficiaryId,
                channel, pin, useFamilyAccounts, pinExemption);
    }

    public PaymentToMake withPurpose(String otherPurpose) {
        return new PaymentToMake(paymentId, personId, amount, occurredAt, institutionId, otherPurpose, beneficiaryId,
                channel, pin, useFamilyAccounts, pinExemption);
    }

    public PaymentToMake withBeneficiary(String beneficiary) {
        return new PaymentToMake(paymentId, personId, amount, occurredAt, institutionId, purpose, beneficiary, channel,
                pin, useFamilyAccounts, pinExemption);
    }

    public PaymentToMake usingFamilyAccounts() {
        return new PaymentToMake(paymentId, personId, amount, occurredAt, institutionId, purpose, beneficiaryId,
                channel, pin, true, pinExemption);
    }

    /** The social-security card, with this PIN (null: none given). */
    public PaymentToMake byCard(String cardPin) {
        return new PaymentToMake(paymentId, personId, amount, occurredAt, institutionId, purpose, beneficiaryId,
                "CARD", cardPin, useFamilyAccounts, pinExemption);
    }

    public PaymentToMake withPinExemption(String exemption) {
        return new PaymentToMake(paymentId, personId, amount, occurredAt, institutionId, purpose, beneficiaryId,
                channel, pin, useFamilyAccounts, exemption);
    }
}
