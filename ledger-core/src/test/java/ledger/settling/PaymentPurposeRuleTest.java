package ledger.settling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import ledger.account.value.PaymentPurpose;
import ledger.policy.PolicyCatalog;
import ledger.policy.RegionPolicy;
import ledger.refusal.Refusal;
import ledger.refusal.RuleRefusal;
import org.junit.jupiter.api.Test;

/** Which purposes Beijing's shipped policy lets the accounts pay, and from when (domain-rules §4). */
class PaymentPurposeRuleTest {

    private static final RegionPolicy BEIJING = PolicyCatalog.shipped().region("BEIJING");
    private static final LocalDate DAY = LocalDate.of(2024, 5, 6);

    @Test
    void canPayAMedicalBill() {
        assertThat(PaymentPurposeRule.allowedOn(BEIJING, PaymentPurpose.MEDICAL, DAY).isAllowed()).isTrue();
    }

    @Test
    void cannotPayAPurposeTheRegionDoesNotList() {
        assertThat(PaymentPurposeRule.allowedOn(BEIJING, PaymentPurpose.LARGE_MEDICAL_INSURANCE, DAY).refusal())
                .get().isInstanceOf(RuleRefusal.class).extracting(Refusal::code, Refusal::getMessage).containsExactly(
                        "purpose-not-allowed", "BEIJING accounts do not pay LARGE_MEDICAL_INSURANCE: it is not among "
                                + "the region's purposes");
    }

    @Test
    void cannotPayFitness() {
        assertThat(PaymentPurposeRule.allowedOn(BEIJING, PaymentPurpose.FITNESS, DAY).refusal()).get()
                .extracting(Refusal::code).isEqualTo("purpose-not-allowed");
    }

    @Test
    void cannotPaySupplementaryInsuranceBeforeItsDate() {
        LocalDate from = LocalDate.of(2022, 9, 1);
        assertThat(PaymentPurposeRule.allowedOn(BEIJING, PaymentPurpose.SUPPLEMENTARY_INSURANCE, from.minusDays(1))
                .refusal()).get().extracting(Refusal::code).isEqualTo("purpose-not-yet-allowed");
        assertThat(PaymentPurposeRule.allowedOn(BEIJING, PaymentPurpose.SUPPLEMENTARY_INSURANCE, from).isAllowed())
                .isTrue();
    }
}
