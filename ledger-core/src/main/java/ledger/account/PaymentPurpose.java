package ledger.account;

/** What a payment from the account is for (domain-rules §4). */
public enum PaymentPurpose {
    MEDICAL,
    PHARMACY,
    RESIDENT_INSURANCE,
    LONG_TERM_CARE,
    SUPPLEMENTARY_INSURANCE;

    /** Contributions and premiums, which may be paid for a registered family member as beneficiary. */
    public boolean isPremium() {
        return this == RESIDENT_INSURANCE || this == LONG_TERM_CARE || this == SUPPLEMENTARY_INSURANCE;
    }

    /** Supplementary insurance is paid in full from the accounts or not at all (000 Q15). */
    public boolean mustBeCoveredInFull() {
        return this == SUPPLEMENTARY_INSURANCE;
    }
}
