package ledger.account.value;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a payment from the account is for (domain-rules §4). Which of them a region allows, and from
 * when, is region data ({@code ledger.policy.UsePolicy}); the last four are named so that a settlement
 * system can ask and be refused with the rule's source.
 */
public enum PaymentPurpose {
    MEDICAL,
    PHARMACY,
    RESIDENT_INSURANCE,
    LONG_TERM_CARE,
    SUPPLEMENTARY_INSURANCE,
    LARGE_MEDICAL_INSURANCE,
    COMMERCIAL_HEALTH_INSURANCE,
    HEALTH_CHECKUP,
    FITNESS,
    WELLNESS,
    PUBLIC_HEALTH;

    private static final Set<PaymentPurpose> PREMIUMS = EnumSet.of(RESIDENT_INSURANCE, LONG_TERM_CARE,
            SUPPLEMENTARY_INSURANCE, LARGE_MEDICAL_INSURANCE, COMMERCIAL_HEALTH_INSURANCE);

    /** Contributions and premiums, which may be paid for a registered family member as beneficiary. */
    public boolean isPremium() {
        return PREMIUMS.contains(this);
    }

    /** Supplementary insurance is paid in full from the accounts or not at all (000 Q15). */
    public boolean mustBeCoveredInFull() {
        return this == SUPPLEMENTARY_INSURANCE;
    }
}
