package ledger.settling;

import static ledger.account.value.PaymentPurpose.MEDICAL;
import static ledger.account.value.PaymentPurpose.PHARMACY;
import static ledger.payment.value.PinExemption.CROSS_REGION_DIRECT_SETTLEMENT;
import static ledger.payment.value.PinExemption.REGISTRATION_FEE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.time.LocalDate;
import java.util.Optional;
import ledger.account.value.PaymentPurpose;
import ledger.payment.value.DesignatedInstitution;
import ledger.payment.value.InstitutionKind;
import ledger.payment.value.PinExemption;
import ledger.policy.CredentialPolicy;
import ledger.policy.PolicyCatalog;
import org.junit.jupiter.api.Test;

/**
 * The ledger decides a card payment's PIN exemption from what the payment is (domain-rules §7, 000
 * Q22, Q29), with Beijing's shipped policy: registration fees at Beijing hospitals, cross-region
 * direct settlement elsewhere from 2022-12-01.
 */
class PinExemptionRuleTest {

    private static final CredentialPolicy BEIJING = PolicyCatalog.shipped().region("BEIJING").credentials();
    private static final DesignatedInstitution BEIJING_HOSPITAL = new DesignatedInstitution("H11010500001",
            "北京协和医院", "BEIJING", InstitutionKind.HOSPITAL);
    private static final DesignatedInstitution BEIJING_PHARMACY = new DesignatedInstitution("P11010500002",
            "北京金象大药房", "BEIJING", InstitutionKind.PHARMACY);
    private static final DesignatedInstitution SHANGHAI_HOSPITAL = new DesignatedInstitution("H31010100003",
            "瑞金医院", "SHANGHAI", InstitutionKind.HOSPITAL);
    private static final LocalDate OPENING = LocalDate.of(2022, 12, 1);

    @Test
    void aRegistrationFeeAtAHospitalOfThePayersRegionNeedsNoPin() {
        assertThat(refusal(REGISTRATION_FEE, MEDICAL, BEIJING_HOSPITAL, OPENING)).isEmpty();
    }

    @Test
    void aPharmacyPurchaseIsNeverARegistrationFee() {
        assertThat(refusal(REGISTRATION_FEE, PHARMACY, BEIJING_PHARMACY, OPENING)).get(STRING)
                .contains("registration fee is a MEDICAL bill at a hospital", "PHARMACY");
    }

    @Test
    void aMedicalBillAtAPharmacyIsNoRegistrationFee() {
        assertThat(refusal(REGISTRATION_FEE, MEDICAL, BEIJING_PHARMACY, OPENING)).get(STRING).contains("PHARMACY");
    }

    @Test
    void aRegistrationFeeAtAHospitalOfAnotherRegionNeedsThePin() {
        assertThat(refusal(REGISTRATION_FEE, MEDICAL, SHANGHAI_HOSPITAL, OPENING)).get(STRING)
                .contains("payer's region BEIJING", "SHANGHAI");
    }

    @Test
    void noExemptionAppliesAtAnUnregisteredInstitution() {
        PinExemptionRule.Claim claim = new PinExemptionRule.Claim(REGISTRATION_FEE, MEDICAL, "H99999", Optional.empty(),
                "BEIJING", OPENING);

        assertThat(PinExemptionRule.refusal(claim, BEIJING)).get(STRING).contains("H99999", "not a registered");
    }

    @Test
    void aCrossRegionSettlementAtAnInstitutionOfAnotherRegionFromTheOpeningDateNeedsNoPin() {
        assertThat(refusal(CROSS_REGION_DIRECT_SETTLEMENT, PHARMACY, SHANGHAI_HOSPITAL, OPENING)).isEmpty();
    }

    @Test
    void aCrossRegionSettlementBeforeTheOpeningDateNeedsThePin() {
        assertThat(refusal(CROSS_REGION_DIRECT_SETTLEMENT, MEDICAL, SHANGHAI_HOSPITAL, OPENING.minusDays(1)))
                .get(STRING).contains("opens on 2022-12-01", "2022-11-30");
    }

    @Test
    void aCrossRegionSettlementAtAnInstitutionOfThePayersRegionNeedsThePin() {
        assertThat(refusal(CROSS_REGION_DIRECT_SETTLEMENT, MEDICAL, BEIJING_HOSPITAL, OPENING)).get(STRING)
                .contains("another region", "BEIJING");
    }

    @Test
    void aRegionWithoutConfiguredExemptionsAsksThePinAlways() {
        PinExemptionRule.Claim fee = claim(REGISTRATION_FEE, MEDICAL, BEIJING_HOSPITAL, OPENING);
        PinExemptionRule.Claim crossRegion = claim(CROSS_REGION_DIRECT_SETTLEMENT, MEDICAL, SHANGHAI_HOSPITAL, OPENING);

        assertThat(PinExemptionRule.refusal(fee, CredentialPolicy.NONE)).isPresent();
        assertThat(PinExemptionRule.refusal(crossRegion, CredentialPolicy.NONE)).get(STRING)
                .contains("not configured");
    }

    private static Optional<String> refusal(PinExemption declared, PaymentPurpose purpose, DesignatedInstitution at,
                                            LocalDate day) {
        return PinExemptionRule.refusal(claim(declared, purpose, at, day), BEIJING);
    }

    private static PinExemptionRule.Claim claim(PinExemption declared, PaymentPurpose purpose, DesignatedInstitution at,
                                                LocalDate day) {
        return new PinExemptionRule.Claim(declared, purpose, at.institutionId(), Optional.of(at), "BEIJING", day);
    }
}
