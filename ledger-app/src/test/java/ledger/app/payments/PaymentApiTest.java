package ledger.app.payments;

import static ledger.app.http.LedgerUser.AUDITOR;
import static ledger.app.http.LedgerUser.CASEWORKER;
import static ledger.app.payments.PaymentSteps.allocations;
import static org.assertj.core.api.Assertions.assertThat;

import ledger.app.LedgerApiTest;
import ledger.app.accounts.AccountSteps;
import ledger.app.accounts.AccountToOpen;
import ledger.app.http.HttpAnswer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Paying a bill from one's own account (domain-rules §4): the answer, idempotency and bad input. */
class PaymentApiTest extends LedgerApiTest {

    private AccountSteps accounts;
    private PaymentSteps payments;
    /** 100.00 withdrawable (legacy) and 200.00 earmarked (credited 2023-01-05). */
    private String person;

    @BeforeEach
    void setUp() {
        accounts = new AccountSteps(http);
        payments = new PaymentSteps(http);
        person = accounts.opened(FamilyPaymentApiTest.beijing("payer", "100.00"));
        accounts.credited(person, "2023-01", "10000.00", "2023-01-05");
    }

    @Test
    void aPaymentAnswersItsAllocationsAndTheCashStillDue() {
        PaymentToMake bill = PaymentToMake.of(person, "345.67");

        HttpAnswer paid = payments.pay(bill);

        paid.expectJson(201).expectFields(
                "paymentId", bill.paymentId(),
                "ownAccountPaid", "300.00",
                "familyAccountsPaid", "0.00",
                "accountPaid", "300.00",
                "cashDue", "45.67",
                "payerBalanceAfter.withdrawable", "0.00",
                "payerBalanceAfter.earmarked", "0.00",
                "payerBalanceAfter.total", "0.00");
        assertThat(allocations(paid)).containsExactly(person + " EARMARKED 200.00", person + " WITHDRAWABLE 100.00");
        accounts.expectBalance(person, "0.00", "0.00", "0.00");
    }

    @Test
    void theSamePaymentRepeatedAnswersTheOriginalResultAndPaysNothingMore() {
        PaymentToMake bill = PaymentToMake.of(person, "120.00");
        HttpAnswer first = payments.pay(bill).expectJson(201);

        HttpAnswer repeated = payments.pay(bill);

        repeated.expectJson(200);
        assertThat(repeated.json()).isEqualTo(first.json());
        accounts.expectBalance(person, "100.00", "80.00", "180.00");
        assertThat(payments.statementLines(person)).containsExactly(
                "112 LEGACY_BALANCE_MIGRATED 100.00 WITHDRAWABLE",
                "101 MONTHLY_CREDIT 200.00 EARMARKED",
                "201 PAYMENT -120.00 EARMARKED");
    }

    @Test
    void cannotReuseAPaymentIdForAnotherAmount() {
        PaymentToMake bill = PaymentToMake.of(person, "120.00");
        payments.paid(bill);

        HttpAnswer refused = payments.pay(bill.withAmount("121.00"));

        refused.expectProblem(409, "payment-id-reused", bill.paymentId(), "other terms");
        accounts.expectBalance(person, "100.00", "80.00", "180.00");
    }

    @Test
    void cannotReuseAPaymentIdForAnotherPurpose() {
        PaymentToMake bill = PaymentToMake.of(person, "120.00");
        payments.paid(bill);

        HttpAnswer refused = payments.pay(bill.withPurpose("PHARMACY"));

        refused.expectProblem(409, "payment-id-reused", bill.paymentId());
        accounts.expectBalance(person, "100.00", "80.00", "180.00");
    }

    @Test
    void cannotReuseAPaymentIdForAnotherPayer() {
        String other = accounts.opened(FamilyPaymentApiTest.beijing("other", "90.00"));
        PaymentToMake bill = PaymentToMake.of(person, "120.00");
        payments.paid(bill);

        HttpAnswer refused = payments.pay(PaymentToMake.of(other, "120.00").withPaymentId(bill.paymentId()));

        refused.expectProblem(409, "payment-id-reused", bill.paymentId());
        accounts.expectBalance(person, "100.00", "80.00", "180.00");
        accounts.expectBalance(other, "90.00", "0.00", "90.00");
    }

    @Test
    void aRefusedPaymentLeavesItsIdFree() {
        PaymentToMake bill = PaymentToMake.of(person, "400.00").withPurpose("SUPPLEMENTARY_INSURANCE");
        payments.pay(bill).expectProblem(422, "not-covered-in-full", "400.00");

        HttpAnswer paid = payments.pay(bill.withAmount("50.00").withPurpose("MEDICAL"));

        paid.expectJson(201).expectFields("paymentId", bill.paymentId(), "accountPaid", "50.00");
        accounts.expectBalance(person, "100.00", "150.00", "250.00");
    }

    @Test
    void cannotPayNothing() {
        HttpAnswer refused = payments.pay(PaymentToMake.of(person, "0.00"));

        refused.expectProblem(400, "zero-amount", "0.00");
        accounts.expectBalance(person, "100.00", "200.00", "300.00");
    }

    @Test
    void cannotPayAnAmountGivenAsAJsonNumber() {
        HttpAnswer refused = payments.pay("""
                {"paymentId": "%s", "personId": "%s", "amount": 50.00, "occurredAt": "2023-03-01T10:00:00+08:00",
                 "institutionId": "H1", "purpose": "MEDICAL", "channel": "E_VOUCHER", "useFamilyAccounts": false}"""
                .formatted(AccountToOpen.newPersonId("pay"), person));

        refused.expectProblem(400, "malformed-request", "amount", "string");
        accounts.expectBalance(person, "100.00", "200.00", "300.00");
    }

    @Test
    void cannotPayANegativeAmount() {
        payments.pay(PaymentToMake.of(person, "-5.00")).expectProblem(400, "malformed-request", "amount", "-5.00");
        accounts.expectBalance(person, "100.00", "200.00", "300.00");
    }

    @Test
    void cannotPayAnAmountWithMoreThanTwoDecimals() {
        payments.pay(PaymentToMake.of(person, "5.005")).expectProblem(400, "malformed-request", "amount", "5.005");
        accounts.expectBalance(person, "100.00", "200.00", "300.00");
    }

    @Test
    void cannotPayWithoutAPaymentId() {
        payments.pay(PaymentToMake.of(person, "5.00").withPaymentId(null)).expectProblem(400, "invalid-request", "paymentId");
        accounts.expectBalance(person, "100.00", "200.00", "300.00");
    }

    @Test
    void cannotPayForAnUnknownPurpose() {
        payments.pay(PaymentToMake.of(person, "5.00").withPurpose("GYM_MEMBERSHIP"))
                .expectProblem(400, "malformed-request", "purpose", "GYM_MEMBERSHIP");
        accounts.expectBalance(person, "100.00", "200.00", "300.00");
    }

    @Test
    void cannotPayFromAnUnknownAccount() {
        String nobody = AccountToOpen.newPersonId("nobody");

        payments.pay(PaymentToMake.of(nobody, "5.00")).expectProblem(404, "unknown-account", nobody);
        payments.pay(PaymentToMake.of(nobody, "5.00").usingFamilyAccounts()).expectProblem(404, "unknown-account", nobody);
    }

    /** Payment ids come from the hospitals' systems and may look like anything, even a person id. */
    @Test
    void aPaymentIdMayBeTheSameTextAsAPersonId() {
        String other = accounts.opened(FamilyPaymentApiTest.beijing("other", "90.00"));

        HttpAnswer paid = payments.pay(PaymentToMake.of(person, "10.00").withPaymentId(other));

        paid.expectJson(201).expectFields("paymentId", other, "accountPaid", "10.00");
        accounts.expectBalance(person, "100.00", "190.00", "290.00");
        accounts.expectBalance(other, "90.00", "0.00", "90.00");
        payments.payment(other).expectJson(200).expectField("request.personId", person);
    }

    @Test
    void anUnknownPayerIsNotFoundBeforeAnyPinIsChecked() {
        String nobody = AccountToOpen.newPersonId("nobody");

        payments.pay(PaymentToMake.of(nobody, "5.00").byCard(null)).expectProblem(404, "unknown-account", nobody);
    }

    @Test
    void aMedicalBillIsForThePayerAndNamesNoOtherBeneficiary() {
        String other = accounts.opened(FamilyPaymentApiTest.beijing("other", "90.00"));

        HttpAnswer refused = payments.pay(PaymentToMake.of(person, "50.00").withBeneficiary(other));

        refused.expectProblem(400, "beneficiary-not-allowed", "beneficiaryId", "premiums");
        accounts.expectBalance(person, "100.00", "200.00", "300.00");
    }

    @Test
    void aPaymentReadsBackWithWhatWasAskedAndWhatWasSettled() {
        PaymentToMake bill = PaymentToMake.of(person, "250.00");
        HttpAnswer paid = payments.paid(bill);

        HttpAnswer read = payments.payment(bill.paymentId());

        read.expectJson(200).expectFields(
                "paymentId", bill.paymentId(),
                "request.personId", person,
                "request.amount", "250.00",
                "request.purpose", "MEDICAL",
                "request.channel", "E_VOUCHER",
                "request.institutionId", PaymentToMake.HOSPITAL,
                "request.useFamilyAccounts", "false",
                "leftToRefund", "250.00");
        assertThat(read.node("settlement")).isEqualTo(paid.json());
        assertThat(read.node("refunds")).isEmpty();
    }

    @Test
    void anAuditorMayReadAPayment() {
        PaymentToMake bill = PaymentToMake.of(person, "25.00");
        payments.paid(bill);

        http.as(AUDITOR).get(PaymentSteps.paymentPath(bill.paymentId())).expectJson(200)
                .expectField("settlement.accountPaid", "25.00");
    }

    @Test
    void anUnknownPaymentIsNotFound() {
        String unknown = AccountToOpen.newPersonId("pay");

        payments.payment(unknown).expectProblem(404, "unknown-payment", unknown);
    }

    @Test
    void aCaseworkerCannotSettleAPayment() {
        http.as(CASEWORKER).post(PaymentSteps.PAYMENTS, PaymentToMake.of(person, "25.00")).expectProblem(403, "role-not-allowed", "role");
        accounts.expectBalance(person, "100.00", "200.00", "300.00");
    }
}
