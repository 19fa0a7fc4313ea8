package ledger.app.batch;

import static ledger.app.http.LedgerUser.OPERATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import ledger.app.http.HttpAnswer;
import ledger.app.http.LedgerHttp;

/** The operator's batch requests: start a monthly run, follow it to its end, restart it. */
final class BatchSteps {

    static final String BATCHES = "/api/v1/batches";
    static final Duration DEFAULT_WAIT = Duration.ofSeconds(90);

    private final LedgerHttp http;
    private final RosterUpload upload;

    BatchSteps(LedgerHttp http, int port) {
        this.http = http;
        this.upload = RosterUpload.onPort(port);
    }

    RosterUpload upload() {
        return upload;
    }

    /** Uploads a roster as operator and answers the batch id of the 202. */
    long started(Roster roster, String region, String period, Boolean dryRun, String allocationDate) {
        HttpAnswer answer = upload.upload(OPERATOR, roster.text(), region, period, dryRun, allocationDate)
                .expectJson(202);
        assertThat(answer.node("batchId").isIntegralNumber()).as("batchId of %s", answer).isTrue();
        return answer.node("batchId").asLong();
    }

    /** Starts a run and follows it until it completed. */
    Report completed(Roster roster, String region, String period, Boolean dryRun, String allocationDate) {
        return awaitCompleted(started(roster, region, period, dryRun, allocationDate));
    }

    HttpAnswer report(long batchId) {
        return http.as(OPERATOR).get(BATCHES + "/" + batchId);
    }

    /** Follows a batch until it is no longer RUNNING; fails after {@code atMost}. */
    Report awaitEnd(long batchId, Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        HttpAnswer last = null;
        while (System.nanoTime() < deadline) {
            last = report(batchId).expectJson(200);
            if (!"RUNNING".equals(last.node("status").asText())) {
                return Report.of(last);
            }
            pause(100);
        }
        return fail("batch %d did not end within %s; last report: %s", batchId, atMost, last);
    }

    Report awaitCompleted(long batchId) {
        Report report = awaitEnd(batchId, DEFAULT_WAIT);
        assertThat(report.status()).as("status of batch %d: %s", batchId, report.answer()).isEqualTo("COMPLETED");
        return report;
    }

    /** {@code POST /batches/{id}/restart}: 202 and the id of the new execution. */
    long restarted(long batchId) {
        HttpAnswer answer = http.as(OPERATOR).post(BATCHES + "/" + batchId + "/restart").expectJson(202);
        return answer.node("batchId").asLong();
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** One rejected line of a report. */
    record Reject(long line, String personId, String reason) {
    }

    /** GET /batches/{id} read into its fields; {@link #answer} keeps the whole answer for messages. */
    record Report(HttpAnswer answer, long batchId, String status, boolean dryRun, long read, long credited,
                  long skipped, long rejected, BigDecimal totalAmount, BigDecimal withdrawable, BigDecimal earmarked,
                  List<Reject> rejects, String failure) {

        static Report of(HttpAnswer answer) {
            JsonNode json = answer.json();
            List<Reject> rejects = new ArrayList<>();
            json.path("rejects").forEach(reject -> rejects.add(new Reject(reject.path("line").asLong(),
                    reject.path("personId").asText(), reject.path("reason").asText())));
            return new Report(answer, json.path("batchId").asLong(), json.path("status").asText(),
                    json.path("dryRun").asBoolean(), json.path("read").asLong(), json.path("credited").asLong(),
                    json.path("skipped").asLong(), json.path("rejected").asLong(),
                    money(answer, "totalAmount"), money(answer, "perPot.withdrawable"),
                    money(answer, "perPot.earmarked"), List.copyOf(rejects),
                    json.path("failure").isTextual() ? json.path("failure").asText() : null);
        }

        private static BigDecimal money(HttpAnswer answer, String path) {
            return new BigDecimal(answer.text(path));
        }

        /** The rejects of roster lines (line 0 is a retiree of the region, who has no line). */
        List<Reject> lineRejects() {
            return rejects.stream().filter(reject -> reject.line() > 0).toList();
        }

        /** The counts and amounts a dry run must foretell exactly. */
        List<Object> outcome() {
            return List.of(read, credited, skipped, rejected, totalAmount, withdrawable, earmarked, rejects);
        }

        @Override
        public String toString() {
            return answer.toString();
        }
    }
}
