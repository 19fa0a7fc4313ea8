package ledger.app.payments;

import static ledger.app.payments.PaymentSteps.allocations;
import static org.assertj.core.api.Assertions.assertThat;

import ledger.app.LedgerApiTest;
import ledger.app.accounts.AccountSteps;
import ledger.app.accounts.AccountToOpen;
import ledger.app.family.FamilySteps;
import ledger.app.http.HttpAnswer;
import ledger.app.http.JsonBody;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Refunds and manual reimbursements (domain-rules §6, 000 Q30, Q32): cash first, then the accounts
 * and pots in the order they were drawn; refunding all that is left puts every share back.
 */
class RefundApiTest extends LedgerApiTest {

    private AccountSteps accounts;
    private PaymentSteps payments;
    /** 100.00 withdrawable and 200.00 earmarked before the payment. */
    private String member;
    /** 500.00 withdrawable before the payment; registered the member. */
    private String holder;
    /** 900.00: member EARMARKED 200.00, member WITHDRAWABLE 100.00, holder WITHDRAWABLE 500.00, cash 100.00. */
    private String paymentId;

    @BeforeEach
    void setUp() {
        accounts = new AccountSteps(http);
        payments = new PaymentSteps(http);
        member = accounts.opened(FamilyPaymentApiTest.beijing("member", "100.00"));
        accounts.credited(member, "2023-01", "10000.00", "2023-01-05");
        holder = accounts.opened(FamilyPaymentApiTest.beijing("holder", "500.00"));
        new FamilySteps(http).registered(holder, member, "PARENT", "2022-10-20");
        PaymentToMake bill = PaymentToMake.of(member, "900.00").usingFamilyAccounts();
        HttpAnswer paid = payments.paid(bill).expectFields("accountPaid", "800.00", "cashDue", "100.00");
        assertThat(allocations(paid)).containsExactly(
                member + " EARMARKED 200.00",
                member + " WITHDRAWABLE 100.00",
                holder + " WITHDRAWABLE 500.00");
        paymentId = bill.paymentId();
    }

    private static String newId(String label) {
        return AccountToOpen.newPersonId(label);
    }

    @Test
    void aPartialRefundGoesToTheCashShareFirstThenToTheFirstPotDrawn() {
        String refundId = newId("refund");

        HttpAnswer refunded = payments.refund(paymentId, refundId, "150.00");

        refunded.expectJson(201).expectFields(
                "refundId", refundId,
                "kind", "REFUND",
                "amount", "150.00",
                "cashRefund", "100.00");
        refunded.expectNoField("reimbursementId");
        assertThat(allocations(refunded)).containsExactly(member + " EARMARKED 50.00");
        accounts.expectBalance(member, "0.00", "50.00", "50.00");
        accounts.expectBalance(holder, "0.00", "0.00", "0.00");
    }

    @Test
    void refundingWhatIsLeftAfterAPartialRefundPutsEveryShareBack() {
        payments.refund(paymentId, newId("refund"), "150.00").expectJson(201);

        HttpAnswer rest = payments.refund(paymentId, newId("refund"), "750.00");

        rest.expectJson(201).expectField("cashRefund", "0.00");
        assertThat(allocations(rest)).containsExactly(
                member + " EARMARKED 150.00",
                member + " WITHDRAWABLE 100.00",
                holder + " WITHDRAWABLE 500.00");
        accounts.expectBalance(member, "100.00", "200.00", "300.00");
        accounts.expectBalance(holder, "500.00", "0.00", "500.00");
        payments.payment(paymentId).expectJson(200).expectFields("leftToRefund", "0.00",
                "refunds.0.amount", "150.00", "refunds.1.amount", "750.00");
    }

    @Test
    void aFullRefundRestoresEveryAllocationExactly() {
        HttpAnswer refunded = payments.refund(paymentId, newId("refund"), "900.00");

        refunded.expectJson(201).expectFields("amount", "900.00", "cashRefund", "100.00");
        assertThat(allocations(refunded)).containsExactly(
                member + " EARMARKED 200.00",
                member + " WITHDRAWABLE 100.00",
                holder + " WITHDRAWABLE 500.00");
        accounts.expectBalance(member, "100.00", "200.00", "300.00");
        accounts.expectBalance(holder, "500.00", "0.00", "500.00");
    }

    @Test
    void cannotRefundMoreThanThePaymentCame() {
        PaymentSteps.Balances before = payments.balances(member, holder);

        HttpAnswer refused = payments.refund(paymentId, newId("refund"), "900.01");

        refused.expectProblem(422, "exceeds-refundable", "900.01", "900.00", paymentId);
        payments.expectUnchanged(before);
        payments.payment(paymentId).expectJson(200).expectField("leftToRefund", "900.00");
    }

    @Test
    void cannotRefundMoreThanIsLeftToRefund() {
        payments.refund(paymentId, newId("refund"), "150.00").expectJson(201);
        PaymentSteps.Balances before = payments.balances(member, holder);

        HttpAnswer refused = payments.refund(paymentId, newId("refund"), "750.01");

        refused.expectProblem(422, "exceeds-refundable", "750.01", "750.00");
        payments.expectUnchanged(before);
    }

    @Test
    void theSameRefundRepeatedAnswersTheOriginalAndReturnsNothingMore() {
        String refundId = newId("refund");
        HttpAnswer first = payments.refund(paymentId, refundId, "150.00").expectJson(201);

        HttpAnswer repeated = payments.refund(paymentId, refundId, "150.00");

        repeated.expectJson(200);
        assertThat(repeated.json()).isEqualTo(first.json());
        accounts.expectBalance(member, "0.00", "50.00", "50.00");
        payments.payment(paymentId).expectJson(200).expectField("leftToRefund", "750.00")
                .expectNoField("refunds.1");
    }

    @Test
    void cannotReuseARefundIdForAnotherAmount() {
        String refundId = newId("refund");
        payments.refund(paymentId, refundId, "150.00").expectJson(201);

        HttpAnswer refused = payments.refund(paymentId, refundId, "160.00");

        refused.expectProblem(409, "refund-id-reused", refundId, "150.00");
        accounts.expectBalance(member, "0.00", "50.00", "50.00");
        accounts.expectBalance(holder, "0.00", "0.00", "0.00");
    }

    @Test
    void cannotReuseARefundIdForAReimbursement() {
        String refundId = newId("refund");
        payments.refund(paymentId, refundId, "150.00").expectJson(201);

        HttpAnswer refused = payments.reimburse(paymentId, refundId, "150.00");

        refused.expectProblem(409, "refund-id-reused", refundId);
        accounts.expectBalance(member, "0.00", "50.00", "50.00");
        accounts.expectBalance(holder, "0.00", "0.00", "0.00");
    }

    @Test
    void cannotRefundAnUnknownPayment() {
        String unknown = newId("pay");
        PaymentSteps.Balances before = payments.balances(member, holder);

        payments.refund(unknown, newId("refund"), "10.00").expectProblem(404, "unknown-payment", unknown);
        payments.reimburse(unknown, newId("reimbursement"), "10.00").expectProblem(404, "unknown-payment", unknown);

        payments.expectUnchanged(before);
    }

    @Test
    void cannotRefundNothing() {
        PaymentSteps.Balances before = payments.balances(member, holder);

        payments.refund(paymentId, newId("refund"), "0.00").expectProblem(400, "zero-amount", "0.00");

        payments.expectUnchanged(before);
    }

    @Test
    void cannotRefundAnAmountGivenAsAJsonNumber() {
        PaymentSteps.Balances before = payments.balances(member, holder);

        payments.refund(paymentId, "{\"refundId\": \"r-1\", \"amount\": 10.00}").expectProblem(400, "malformed-request", "amount");

        payments.expectUnchanged(before);
    }

    @Test
    void cannotRefundWithoutARefundId() {
        PaymentSteps.Balances before = payments.balances(member, holder);

        payments.refund(paymentId, JsonBody.of("amount", "10.00")).expectProblem(400, "invalid-request", "refundId");

        payments.expectUnchanged(before);
    }

    @Test
    void aReimbursementIsPaidCashFirstThenToTheAccounts() {
        String reimbursementId = newId("reimbursement");

        HttpAnswer reimbursed = payments.reimburse(paymentId, reimbursementId, "350.00");

        reimbursed.expectJson(201).expectFields(
                "reimbursementId", reimbursementId,
                "kind", "REIMBURSEMENT",
                "amount", "350.00",
                "cashRefund", "100.00");
        assertThat(allocations(reimbursed)).containsExactly(
                member + " EARMARKED 200.00",
                member + " WITHDRAWABLE 50.00");
        accounts.expectBalance(member, "50.00", "200.00", "250.00");
        accounts.expectBalance(holder, "0.00", "0.00", "0.00");
    }

    @Test
    void theSameReimbursementRepeatedAnswersTheOriginal() {
        String reimbursementId = newId("reimbursement");
        HttpAnswer first = payments.reimburse(paymentId, reimbursementId, "350.00").expectJson(201);

        HttpAnswer repeated = payments.reimburse(paymentId, reimbursementId, "350.00");

        repeated.expectJson(200);
        assertThat(repeated.json()).isEqualTo(first.json());
        accounts.expectBalance(member, "50.00", "200.00", "250.00");
    }

    @Test
    void theStatementsShowRefundsWithCode109AndReimbursementsWithTheProjectsCode902() {
        String refundId = newId("refund");
        payments.refund(paymentId, refundId, "150.00").expectJson(201);
        payments.reimburse(paymentId, newId("reimbursement"), "650.00").expectJson(201);

        assertThat(payments.statementLines(member)).containsExactly(
                "112 LEGACY_BALANCE_MIGRATED 100.00 WITHDRAWABLE",
                "101 MONTHLY_CREDIT 200.00 EARMARKED",
                "201 PAYMENT -200.00 EARMARKED",
                "201 PAYMENT -100.00 WITHDRAWABLE",
                "109 REFUND 50.00 EARMARKED",
                "902 REIMBURSEMENT 150.00 EARMARKED",
                "902 REIMBURSEMENT 100.00 WITHDRAWABLE");
        assertThat(payments.statementLines(holder)).containsExactly(
                "112 LEGACY_BALANCE_MIGRATED 500.00 WITHDRAWABLE",
                "201 PAYMENT -500.00 WITHDRAWABLE",
                "902 REIMBURSEMENT 400.00 WITHDRAWABLE");
        assertThat(accounts.statement(member, "").text("entries.4.reference")).contains(refundId, paymentId);
    }

    @Test
    void thePaymentReadsBackWithItsRefunds() {
        String refundId = newId("refund");
        String reimbursementId = newId("reimbursement");
        payments.refund(paymentId, refundId, "150.00").expectJson(201);
        payments.reimburse(paymentId, reimbursementId, "200.00").expectJson(201);

        HttpAnswer read = payments.payment(paymentId);

        read.expectJson(200).expectFields(
                "paymentId", paymentId,
                "settlement.cashDue", "100.00",
                "refunds.0.refundId", refundId,
                "refunds.0.kind", "REFUND",
                "refunds.0.cashRefund", "100.00",
                "refunds.0.allocations.0.amount", "50.00",
                "refunds.1.reimbursementId", reimbursementId,
                "refunds.1.kind", "REIMBURSEMENT",
                "refunds.1.cashRefund", "0.00",
                "leftToRefund", "550.00");
        assertThat(allocations(read, "refunds.1.allocations")).containsExactly(
                member + " EARMARKED 150.00",
                member + " WITHDRAWABLE 50.00");
    }
}
