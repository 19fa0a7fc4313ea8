package ledger.app.batch;

import static ledger.app.http.LedgerUser.AUDITOR;
import static ledger.app.http.LedgerUser.CASEWORKER;
import static ledger.app.http.LedgerUser.OPERATOR;
import static ledger.app.http.LedgerUser.SETTLEMENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ledger.app.LedgerApiTest;
import ledger.app.accounts.AccountSteps;
import ledger.app.accounts.AccountToOpen;
import ledger.app.http.HttpAnswer;
import ledger.app.http.LedgerUser;
import ledger.app.payments.PaymentSteps;
import ledger.app.payments.PaymentToMake;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Metrics and health as a monitoring system sees them (docs/operations.md#monitoring): after a
 * credit, a payment and a batch, the operator's Prometheus scrape has every meter the issue asks for
 * and every metric the dashboard's queries read (taken from docs/monitoring/ledger-dashboard.json),
 * and no person id appears in it. It lives beside the batch tests to start a run as they do.
 */
class MonitoringApiTest extends LedgerApiTest {

    private static final String PROMETHEUS = "/actuator/prometheus";
    private static final Path DASHBOARD = Path.of("..", "docs", "monitoring", "ledger-dashboard.json");
    private static final Pattern METRIC_SELECTOR = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\{");

    @LocalServerPort
    private int port;

    @Test
    void afterACreditAPaymentAndABatchTheScrapeNamesEveryMeterOfTheDashboard() throws IOException {
        AccountSteps accounts = new AccountSteps(http);
        String person = accounts.opened(AccountToOpen.of("TONGLIAO", "EMPLOYEE", "1980-01-01", "2015-01-01"));
        accounts.credited(person, "2023-01", "10000.00", "2023-01-05");
        new PaymentSteps(http).paid(PaymentToMake.of(person, "50.00"));
        new PaymentSteps(http).pay(PaymentToMake.of(person, "0.00")).expectStatus(400);
        national(person, "20.00").expectField("infcode", "0");
        national(person, "20.001").expectField("infcode", "-1");
        Roster roster = new Roster();
        roster.line(person, "2021-05", "8000.00", "2021-05-20");
        new BatchSteps(http, port).completed(roster, "TONGLIAO", "2021-05", null, "2021-06-05");

        String scrape = http.as(OPERATOR).get(PROMETHEUS, "text/plain").expectStatus(200).body();

        assertThat(scrape).contains(
                "http_server_requests_seconds_count{",
                "uri=\"/api/v1/accounts/{personId}/credits\"",
                "ledger_payments_settled_total{interface=\"ledger\"",
                "ledger_payments_refused_total{interface=\"ledger\",problem=\"zero-amount\"",
                "ledger_payments_settled_total{interface=\"national\"",
                "ledger_payments_refused_total{interface=\"national\",problem=\"invalid-amount\"",
                "ledger_batch_read_total{step=\"creditRoster\"",
                "ledger_batch_credited_total{step=\"creditRoster\"",
                "ledger_batch_rejected_total{step=\"creditRetirees\"",
                "ledger_batch_rate{",
                "ledger_read_your_writes_wait_seconds_count",
                "hikaricp_connections_active",
                "commandBus_successTimer_seconds_count{payloadType=\"SettlePayment\"",
                "eventProcessor_latency{processorName=\"account-read-models\"",
                "ledger_projections_position{processor=\"account-read-models\"",
                "ledger_projections_lag_events{processor=\"account-read-models\"");
        assertThat(scrape).as("no person id in any tag").doesNotContain(person);
        assertThat(dashboardMetrics()).isNotEmpty().allSatisfy(metric -> assertThat(scrape)
                .as("metric %s of docs/monitoring/ledger-dashboard.json in the scrape", metric)
                .containsPattern("(?m)^" + metric + "[{ ]"));
    }

    /** A national 2207 settlement of the personal part given, at a Tongliao hospital. */
    private HttpAnswer national(String person, String personalPart) {
        return http.as(SETTLEMENT).post("/api/v1/national/2207", """
                {"infno":"2207","msgid":"M1","fixmedins_code":"H15050000001","input":{"data":{"psn_no":"%s",
                 "mdtrt_cert_type":"01","mdtrt_id":"MD1","medins_setl_id":"%s","insutype":"310","med_type":"11",
                 "medfee_sumamt":100.00,"psn_part_amt":%s,"acct_used_flag":"1"}}}""".formatted(person,
                "S" + UUID.randomUUID().toString().replace("-", "").substring(0, 20), personalPart))
                .expectJson(200);
    }

    /** Every metric name the dashboard's queries select ({@code name{job="$job"...}}). */
    private static Set<String> dashboardMetrics() throws IOException {
        Set<String> metrics = new TreeSet<>();
        JsonNode dashboard = new ObjectMapper().readTree(DASHBOARD.toFile());
        for (JsonNode expr : dashboard.findValues("expr")) {
            Matcher selector = METRIC_SELECTOR.matcher(expr.asText());
            while (selector.find()) {
                metrics.add(selector.group(1));
            }
        }
        return metrics;
    }

    @Test
    void onlyOperatorsMayScrape() {
        for (LedgerUser other : new LedgerUser[] {CASEWORKER, SETTLEMENT, AUDITOR}) {
            http.as(other).get(PROMETHEUS).expectProblem(403, "role-not-allowed", "GET /actuator/prometheus");
        }
        http.anonymous().get(PROMETHEUS).expectStatus(401);
    }

    @Test
    void livenessAndReadinessAnswerWithoutLoginAndReadinessChecksTheDatabaseAndTheReadModels() {
        http.anonymous().get("/actuator/health/liveness").expectStatus(200).expectField("status", "UP");

        http.anonymous().get("/actuator/health/readiness").expectStatus(200).expectField("status", "UP");
    }

    @Test
    void readinessIsDownWhileARebuildReplaysAndUpOnceItCaughtUp() {
        http.as(OPERATOR).post("/api/v1/projections/rebuild").expectStatus(202);

        http.anonymous().get("/actuator/health/readiness").expectStatus(503).expectField("status", "OUT_OF_SERVICE");
        long deadline = System.nanoTime() + BatchSteps.DEFAULT_WAIT.toNanos();
        while (http.anonymous().get("/actuator/health/readiness").status() != 200 && System.nanoTime() < deadline) {
            BatchSteps.pause(50);
        }
        http.anonymous().get("/actuator/health/readiness").expectStatus(200);
    }
}
