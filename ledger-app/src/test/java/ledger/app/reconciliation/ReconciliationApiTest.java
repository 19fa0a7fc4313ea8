package ledger.app.reconciliation;

import static ledger.app.http.LedgerUser.AUDITOR;
import static ledger.app.http.LedgerUser.CASEWORKER;
import static ledger.app.http.LedgerUser.OPERATOR;
import static ledger.app.http.LedgerUser.SETTLEMENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import ledger.app.LedgerApiTest;
import ledger.app.accounts.AccountSteps;
import ledger.app.accounts.AccountToOpen;
import ledger.app.http.HttpAnswer;
import ledger.app.payments.PaymentSteps;
import ledger.app.payments.PaymentToMake;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The daily reconciliation with one institution (docs/operations.md#daily-reconciliation-per-institution):
 * the day's totals per kind, the CSV file, and the mismatches against the institution's own file.
 * Each test uses an institution of its own, so the shared application's other payments never count.
 */
class ReconciliationApiTest extends LedgerApiTest {

    private AccountSteps accounts;
    private PaymentSteps payments;
    private String institution;
    private String person;

    @BeforeEach
    void setUp() {
        accounts = new AccountSteps(http);
        payments = new PaymentSteps(http);
        institution = "H" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        person = accounts.opened(new AccountToOpen(AccountToOpen.newPersonId("recon"), "BEIJING", "EMPLOYEE",
                "1980-05-20", "2022-01-10", null, "1000.00"));
    }

    @Test
    void aDayCountsAndSumsItsSettlementsByTheRegionsLocalDate() {
        PaymentToMake morning = paid("120.00", "2023-03-01T10:00:00+08:00");
        PaymentToMake lateEvening = paid("30.50", "2023-03-01T23:30:00+08:00");
        paid("9.99", "2023-03-01T16:30:00Z"); // 00:30 on 2 March in Beijing

        HttpAnswer day = http.as(AUDITOR).get(path("2023-03-01")).expectJson(200);

        day.expectFields(
                "institutionId", institution,
                "date", "2023-03-01",
                "totals.0.kind", "SETTLEMENT", "totals.0.count", "2", "totals.0.amount", "150.50",
                "totals.0.accountPaid", "150.50", "totals.0.cashPaid", "0.00",
                "totals.1.kind", "REFUND", "totals.1.count", "0",
                "net.amountFen", "15050",
                "lines.0.kind", "SETTLEMENT");
        assertThat(day.node("lines")).extracting(line -> line.path("paymentId").asText())
                .containsExactlyInAnyOrder(morning.paymentId(), lateEvening.paymentId());
        http.as(OPERATOR).get(path("2023-03-02")).expectJson(200).expectFields("totals.0.count", "1",
                "totals.0.amount", "9.99");
    }

    @Test
    void refundsAndCancellationsAreBookedOnTheDayTheyWereMadeAndTakenOffTheNet() {
        PaymentToMake bill = paid("100.00", "2023-03-01T10:00:00+08:00");
        payments.refund(bill.paymentId(), "r1", "20.00").expectJson(201);
        String setlId = "S" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        national("2207", """
                {"psn_no":"%s","mdtrt_cert_type":"01","mdtrt_id":"MD1","medins_setl_id":"%s","insutype":"310",
                 "med_type":"11","medfee_sumamt":300.00,"psn_part_amt":250.00,"acct_used_flag":"1"}""".formatted(person, setlId));
        national("2208", """
                {"setl_id":"nat-%s","mdtrt_id":"MD1","psn_no":"%s"}""".formatted(setlId, person));
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

        HttpAnswer day = http.as(AUDITOR).get(path(today)).expectJson(200);

        day.expectFields(
                "totals.0.kind", "SETTLEMENT", "totals.0.count", "1", "totals.0.amount", "250.00",
                "totals.1.kind", "REFUND", "totals.1.count", "1", "totals.1.amount", "20.00",
                "totals.2.kind", "REIMBURSEMENT", "totals.2.count", "0",
                "totals.3.kind", "CANCELLATION", "totals.3.count", "1", "totals.3.amount", "250.00",
                "net.amountFen", "-2000");
    }

    @Test
    void theFileListsTheTotalsThenEveryLine() {
        PaymentToMake bill = paid("120.00", "2023-03-01T10:00:00+08:00");

        HttpAnswer file = http.as(AUDITOR).get(path("2023-03-01") + "?format=csv", "text/csv").expectStatus(200);

        assertThat(file.contentType()).startsWith("text/csv");
        assertThat(file.header("Content-Disposition")).contains("reconciliation-" + institution + "-2023-03-01.csv");
        assertThat(file.body()).isEqualTo("""
                record,kind,paymentId,refundId,count,amount,accountPaid,cashPaid
                TOTAL,SETTLEMENT,,,1,120.00,120.00,0.00
                TOTAL,REFUND,,,0,0.00,0.00,0.00
                TOTAL,REIMBURSEMENT,,,0,0.00,0.00,0.00
                TOTAL,CANCELLATION,,,0,0.00,0.00,0.00
                LINE,SETTLEMENT,%s,,1,120.00,120.00,0.00
                """.formatted(bill.paymentId()));
    }

    @Test
    void theInstitutionsFileIsComparedLineByLineWithWhatTheLedgerBooked() {
        PaymentToMake matching = paid("120.00", "2023-03-01T10:00:00+08:00");
        PaymentToMake differing = paid("30.50", "2023-03-01T11:00:00+08:00");
        PaymentToMake missingFromFile = paid("7.00", "2023-03-01T12:00:00+08:00");
        String file = "paymentId,amount\n" + matching.paymentId() + ",120.00\n" + differing.paymentId()
                + ",35.50\nP-UNKNOWN,10.00\n";

        HttpAnswer report = http.as(AUDITOR).post(path("2023-03-01"), file, "text/csv").expectJson(200);

        report.expectFields(
                "ledgerCount", "3", "fileCount", "3", "matched", "1", "reconciles", "false",
                "onlyInLedger.0.paymentId", missingFromFile.paymentId(), "onlyInLedger.0.amount", "7.00",
                "onlyInFile.0.paymentId", "P-UNKNOWN", "onlyInFile.0.amount", "10.00",
                "amountsDiffer.0.paymentId", differing.paymentId(),
                "amountsDiffer.0.ledgerAmount", "30.50", "amountsDiffer.0.fileAmount", "35.50");
        assertThat(report.node("onlyInLedger")).hasSize(1);
        assertThat(report.node("onlyInFile")).hasSize(1);
        assertThat(report.node("amountsDiffer")).hasSize(1);
    }

    @Test
    void aBadFileIsRefusedNamingTheLine() {
        http.as(AUDITOR).post(path("2023-03-01"), "paymentId,amount\nP1,12.5\n", "text/csv")
                .expectProblem(400, "institution-file", "line 2");
    }

    @Test
    void onlyAuditorsAndOperatorsMayReconcile() {
        http.as(CASEWORKER).get(path("2023-03-01")).expectProblem(403, "role-not-allowed", "GET");
        http.as(SETTLEMENT).get(path("2023-03-01")).expectProblem(403, "role-not-allowed", "GET");
    }

    private PaymentToMake paid(String amount, String occurredAt) {
        PaymentToMake bill = PaymentToMake.of(person, amount).withOccurredAt(occurredAt).atInstitution(institution);
        payments.paid(bill);
        return bill;
    }

    private void national(String message, String data) {
        http.as(SETTLEMENT).post("/api/v1/national/" + message, """
                {"infno":"%s","msgid":"M1","fixmedins_code":"%s","input":{"data":%s}}""".formatted(message,
                institution, data)).expectJson(200).expectField("infcode", "0");
    }

    private String path(String date) {
        return "/api/v1/reconciliation/institutions/" + institution + "/days/" + date;
    }
}
