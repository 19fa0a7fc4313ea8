package ledger.settling;

import java.time.LocalDate;
import java.util.Optional;
import ledger.account.value.PaymentPurpose;
import ledger.payment.value.DesignatedInstitution;
import ledger.payment.value.InstitutionKind;
import ledger.payment.value.PinExemption;
import ledger.policy.CredentialPolicy;

/**
 * Decides a declared PIN exemption from what the payment is (domain-rules §7, 000 Q22, Q29), never on
 * the settlement system's word: answers why the exemption does not apply, or nothing when it does.
 */
public final class PinExemptionRule {

    private PinExemptionRule() {
    }

    /** What the ledger knows about a card payment that declares an exemption. */
    public record Claim(PinExemption declared, PaymentPurpose purpose, String institutionId,
                        Optional<DesignatedInstitution> institution, String payerRegion, LocalDate paymentDay) {
    }

    public static Optional<String> refusal(Claim claim, CredentialPolicy policy) {
        if (claim.institution().isEmpty()) {
            return Optional.of("institution " + claim.institutionId() + " is not a registered designated institution, "
                    + "so no PIN exemption applies there");
        }
        DesignatedInstitution at = claim.institution().get();
        return claim.declared() == PinExemption.REGISTRATION_FEE
                ? registrationFee(claim, at, policy) : crossRegion(claim, at, policy);
    }

    /** 000 Q22 "在本市定点医疗机构门急诊挂号": a medical bill at a hospital of the payer's own region. */
    private static Optional<String> registrationFee(Claim claim, DesignatedInstitution at, CredentialPolicy policy) {
        if (!policy.registrationFeeWithoutPin()) {
            return Optional.of(claim.payerRegion() + " asks the PIN for registration fees too (" + policy.source() + ")");
        }
        if (claim.purpose() != PaymentPurpose.MEDICAL || at.kind() != InstitutionKind.HOSPITAL) {
            return Optional.of("a registration fee is a MEDICAL bill at a hospital; this is " + claim.purpose()
                    + " at " + at.kind() + " " + at.institutionId());
        }
        if (!at.region().equals(claim.payerRegion())) {
            return Optional.of("a registration fee passes without PIN only at a hospital of the payer's region "
                    + claim.payerRegion() + "; " + at.institutionId() + " is in " + at.region());
        }
        return Optional.empty();
    }

    /** 000 Q22, Q29: at an institution of another region, from the region's opening date. */
    private static Optional<String> crossRegion(Claim claim, DesignatedInstitution at, CredentialPolicy policy) {
        if (at.region().equals(claim.payerRegion())) {
            return Optional.of("cross-region direct settlement is at an institution of another region; "
                    + at.institutionId() + " is in the payer's region " + claim.payerRegion());
        }
        LocalDate from = policy.crossRegionDirectSettlementFrom();
        if (from == null || claim.paymentDay().isBefore(from)) {
            return Optional.of("cross-region direct settlement of " + claim.payerRegion() + " opens "
                    + (from == null ? "on a date not configured yet" : "on " + from) + " (" + policy.source()
                    + "); the payment is on " + claim.paymentDay());
        }
        return Optional.empty();
    }
}
