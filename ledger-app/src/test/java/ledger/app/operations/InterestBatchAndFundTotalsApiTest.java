package ledger.app.operations;

import static ledger.app.http.LedgerUser.AUDITOR;
import static ledger.app.http.LedgerUser.CASEWORKER;
import static ledger.app.http.LedgerUser.OPERATOR;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import ledger.app.DataDirectories;
import ledger.app.LedgerApplication;
import ledger.app.accounts.AccountSteps;
import ledger.app.accounts.AccountToOpen;
import ledger.app.http.HttpAnswer;
import ledger.app.http.LedgerHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The operator's quarterly interest run over a whole region, and the fund totals that must reconcile
 * with the region's balances. Its own data directory: a region-wide run must not touch other tests.
 */
@SpringBootTest(classes = LedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InterestBatchAndFundTotalsApiTest {

    private static final Path DATA_DIR = DataDirectories.fresh("operations");
    private static final Duration BATCH_WAIT = Duration.ofSeconds(60);

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;
    private LedgerHttp http;
    private AccountSteps accounts;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("ledger.data-dir", DATA_DIR::toString);
    }

    @BeforeEach
    void connect() {
        http = LedgerHttp.onPort(port);
        accounts = new AccountSteps(http);
    }

    @Test
    void paysTheQuarterToEveryOpenAccountOfTheRegionOnceAndReconcilesTheFund() throws Exception {
        String paidByRun = accounts.opened(beijing("1000.00"));
        String paidBefore = accounts.opened(beijing("500.00"));
        String closed = accounts.opened(beijing("300.00"));
        accounts.close(closed, "OTHER_SCHEME", "2024-06-30", null).expectStatus(200);
        accounts.payInterest(paidBefore, "2025-Q1").expectField("amount", "0.13");

        JsonNode first = runInterest("2025-Q1");

        assertThat(first.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(first.path("credited").asLong()).isEqualTo(1);
        assertThat(first.path("skipped").asLong()).isEqualTo(1);
        assertThat(first.path("rejected").asLong()).isZero();
        // 1,000.00 over the 90 days of 2024-12-21..2025-03-20 at 0.10% / 360 = 0.25
        assertThat(first.path("perPot").path("withdrawable").asText()).isEqualTo("0.25");
        assertThat(first.path("totalAmount").asText()).isEqualTo("0.25");
        accounts.expectBalance(paidByRun, "1000.25", "0.00", "1000.25");
        accounts.expectBalance(paidBefore, "500.13", "0.00", "500.13");
        accounts.expectBalance(closed, "0.00", "0.00", "0.00");

        JsonNode repeat = runInterest("2025-Q1");

        assertThat(repeat.path("credited").asLong()).isZero();
        assertThat(repeat.path("skipped").asLong()).isEqualTo(2);
        accounts.expectBalance(paidByRun, "1000.25", "0.00", "1000.25");

        HttpAnswer fund = http.as(AUDITOR).get("/api/v1/audit/regions/BEIJING/fund-totals").expectJson(200);
        assertThat(fund.node("reconciles").asBoolean()).isTrue();
        assertThat(fund.text("pots.1.pot")).isEqualTo("WITHDRAWABLE");
        assertThat(fund.text("pots.1.movements")).isEqualTo("1500.38");
        assertThat(fund.text("pots.1.balances")).isEqualTo("1500.38");
        assertThat(fund.body()).contains("\"flow\":\"INTEREST\",\"amount\":\"0.38\"")
                .contains("\"flow\":\"PAID_OUT\",\"amount\":\"-300.00\"");
        http.as(AUDITOR).get("/api/v1/audit/accounts/" + paidByRun + "/verification").expectJson(200)
                .expectField("fundTotalsReconcile", "true");
    }

    @Test
    void aFundWhoseBalancesWereAlteredDoesNotReconcile() {
        String person = accounts.opened(AccountToOpen.of("SHANGHAI", "EMPLOYEE", "1980-05-01", "2020-01-01")
                .withLegacyWithdrawableBalance("800.00"));
        jdbc.update("UPDATE account_view SET withdrawable_fen = withdrawable_fen + 1 WHERE person_id = ?", person);
        try {
            http.as(AUDITOR).get("/api/v1/audit/regions/SHANGHAI/fund-totals").expectJson(200)
                    .expectField("reconciles", "false");
            http.as(AUDITOR).get("/api/v1/audit/accounts/" + person + "/verification").expectJson(200)
                    .expectField("fundTotalsReconcile", "false")
                    .expectField("projectionMatchesReplay", "false");
        } finally {
            jdbc.update("UPDATE account_view SET withdrawable_fen = withdrawable_fen - 1 WHERE person_id = ?", person);
        }
    }

    @Test
    void onlyOperatorsRunBatchesAndOnlyAuditorsAndOperatorsReadFundTotals() {
        http.as(CASEWORKER).post("/api/v1/batches/quarterly-interest", Map.of("region", "BEIJING", "quarter", "2025-Q1"))
                .expectProblem(403, "role-not-allowed", "role");
        http.as(CASEWORKER).get("/api/v1/audit/regions/BEIJING/fund-totals").expectProblem(403, "role-not-allowed", "role");
        http.as(OPERATOR).post("/api/v1/batches/quarterly-interest", Map.of("region", "MARS", "quarter", "2025-Q1"))
                .expectProblem(400, "unknown-region", "MARS");
        http.as(OPERATOR).post("/api/v1/batches/quarterly-interest", Map.of("region", "BEIJING", "quarter", "2025-Q5"))
                .expectProblem(400, "malformed-request", "quarter");
        http.as(OPERATOR).get("/api/v1/batches/999999").expectProblem(404, "unknown-batch", "batch 999999");
    }

    private JsonNode runInterest(String quarter) throws InterruptedException {
        long batchId = http.as(OPERATOR).post("/api/v1/batches/quarterly-interest",
                Map.of("region", "BEIJING", "quarter", quarter)).expectJson(202).node("batchId").asLong();
        long deadline = System.nanoTime() + BATCH_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode report = http.as(OPERATOR).get("/api/v1/batches/" + batchId).expectJson(200).json();
            if (!"RUNNING".equals(report.path("status").asText())) {
                return report;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("batch " + batchId + " did not end within " + BATCH_WAIT);
    }

    private static AccountToOpen beijing(String legacy) {
        return AccountToOpen.of("BEIJING", "EMPLOYEE", "1980-05-01", "2020-01-01").withLegacyWithdrawableBalance(legacy);
    }
}
