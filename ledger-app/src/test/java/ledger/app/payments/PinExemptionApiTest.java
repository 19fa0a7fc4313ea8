package ledger.app.payments;

import ledger.app.LedgerApiTest;
import ledger.app.accounts.AccountSteps;
import ledger.app.accounts.AccountToOpen;
import ledger.app.http.HttpAnswer;
import ledger.app.institutions.InstitutionSteps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A card payment's PIN exemption is decided by the ledger from what the payment is, against the
 * registry of designated institutions (domain-rules §7, 000 Q22, Q29), never on the settlement
 * system's word: where it does not apply, the payment needs its PIN (422 {@code pin-required}).
 */
class PinExemptionApiTest extends LedgerApiTest {

    private static final String PIN = "583920";
    private static final String BEIJING_HOSPITAL = "H11010500011";
    private static final String BEIJING_PHARMACY = "P11010500012";
    private static final String SHANGHAI_HOSPITAL = "H31010100013";
    private static final String UNREGISTERED = "H11010599999";

    private AccountSteps accounts;
    private PaymentSteps payments;
    /** 1000.00 withdrawable in Beijing, PIN set. */
    private String person;

    @BeforeEach
    void setUp() {
        accounts = new AccountSteps(http);
        payments = new PaymentSteps(http);
        InstitutionSteps institutions = new InstitutionSteps(http);
        institutions.registered(BEIJING_HOSPITAL, "BEIJING", "HOSPITAL");
        institutions.registered(BEIJING_PHARMACY, "BEIJING", "PHARMACY");
        institutions.registered(SHANGHAI_HOSPITAL, "SHANGHAI", "HOSPITAL");
        person = accounts.opened(AccountToOpen.of("BEIJING", "EMPLOYEE", "1980-05-20", "2022-01-10")
                .withLegacyWithdrawableBalance("1000.00"));
        payments.setPin(person, PIN).expectStatus(204);
    }

    private PaymentToMake cardPayment(String amount, String institution, String exemption) {
        return PaymentToMake.of(person, amount).atInstitution(institution).byCard(null).withPinExemption(exemption);
    }

    /** Issue 13: a pharmacy purchase of 300.00 was paid as a registration fee without its PIN. */
    @Test
    void aPharmacyPurchaseDeclaredAsARegistrationFeeNeedsItsPin() {
        HttpAnswer refused = payments.pay(cardPayment("300.00", BEIJING_PHARMACY, "REGISTRATION_FEE")
                .withPurpose("PHARMACY"));

        refused.expectProblem(422, "pin-required", "registration fee", "PHARMACY", "needs its PIN");
        accounts.expectBalance(person, "1000.00", "0.00", "1000.00");
    }

    @Test
    void thePharmacyPurchaseWithItsPinIsPaid() {
        HttpAnswer paid = payments.pay(cardPayment("300.00", BEIJING_PHARMACY, "REGISTRATION_FEE")
                .withPurpose("PHARMACY").byCard(PIN));

        paid.expectJson(201).expectField("accountPaid", "300.00");
        accounts.expectBalance(person, "700.00", "0.00", "700.00");
    }

    @Test
    void aRegistrationFeeAtAHospitalOfTheRegionNeedsNoPin() {
        payments.pay(cardPayment("50.00", BEIJING_HOSPITAL, "REGISTRATION_FEE")).expectJson(201)
                .expectField("accountPaid", "50.00");
    }

    @Test
    void aRegistrationFeeAtAHospitalOfAnotherRegionNeedsItsPin() {
        payments.pay(cardPayment("50.00", SHANGHAI_HOSPITAL, "REGISTRATION_FEE"))
                .expectProblem(422, "pin-required", "payer's region BEIJING", "SHANGHAI");
        accounts.expectBalance(person, "1000.00", "0.00", "1000.00");
    }

    @Test
    void noExemptionAppliesAtAnUnregisteredInstitution() {
        payments.pay(cardPayment("50.00", UNREGISTERED, "REGISTRATION_FEE"))
                .expectProblem(422, "pin-required", UNREGISTERED, "not a registered designated institution");
        accounts.expectBalance(person, "1000.00", "0.00", "1000.00");
    }

    @Test
    void aCrossRegionSettlementAtAnInstitutionOfAnotherRegionNeedsNoPin() {
        payments.pay(cardPayment("80.00", SHANGHAI_HOSPITAL, "CROSS_REGION_DIRECT_SETTLEMENT")).expectJson(201)
                .expectField("accountPaid", "80.00");
    }

    @Test
    void aCrossRegionSettlementInThePayersOwnRegionNeedsItsPin() {
        payments.pay(cardPayment("80.00", BEIJING_HOSPITAL, "CROSS_REGION_DIRECT_SETTLEMENT"))
                .expectProblem(422, "pin-required", "another region");
        accounts.expectBalance(person, "1000.00", "0.00", "1000.00");
    }

    /** Beijing's cross-region direct settlement opens on 2022-12-01 (000 Q29). */
    @Test
    void aCrossRegionSettlementBeforeTheOpeningDateNeedsItsPin() {
        payments.pay(cardPayment("80.00", SHANGHAI_HOSPITAL, "CROSS_REGION_DIRECT_SETTLEMENT")
                .withOccurredAt("2022-11-30T10:00:00+08:00"))
                .expectProblem(422, "pin-required", "2022-12-01", "2022-11-30");
        accounts.expectBalance(person, "1000.00", "0.00", "1000.00");
    }

    /** A refused exemption sent without a PIN is not a wrong PIN: five of them lock nothing. */
    @Test
    void aRefusedExemptionDoesNotCountAsAWrongPin() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            payments.pay(cardPayment("50.00", UNREGISTERED, "REGISTRATION_FEE")).expectProblem(422, "pin-required");
        }

        payments.pay(PaymentToMake.of(person, "10.00").byCard(PIN)).expectJson(201);
    }

    @Test
    void anUnknownExemptionIsBadInput() {
        payments.pay(cardPayment("50.00", BEIJING_HOSPITAL, "FRIEND_OF_THE_DOCTOR"))
                .expectProblem(400, "malformed-request", "pinExemption");
    }
}
