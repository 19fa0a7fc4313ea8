package ledger.policy;

import java.time.LocalDate;

/**
 * What a region's medical-insurance credentials (医保凭证: card and electronic voucher) allow
 * (domain-rules §5, §7): card payments without PIN for registration fees at the region's own
 * designated hospitals, if {@code registrationFeeWithoutPin} (000 Q22); for cross-region direct
 * settlement from {@code crossRegionDirectSettlementFrom}, none while it is unset (000 Q29); and
 * whether a registered family member pays with the holder's credential from the holder's account
 * (Yuxi, 002 玉 第十九条) rather than with his own (000 Q25).
 */
public record CredentialPolicy(boolean registrationFeeWithoutPin, LocalDate crossRegionDirectSettlementFrom,
                               boolean memberPaysWithHoldersCredential, String source) {

    /** A region whose policy says nothing: no PIN exemption, and each member pays with his own credential. */
    public static final CredentialPolicy NONE = new CredentialPolicy(false, null, false,
            "no credential rules configured");
}
