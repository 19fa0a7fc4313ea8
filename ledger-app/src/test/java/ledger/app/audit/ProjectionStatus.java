package ledger.app.audit;

import static ledger.app.http.LedgerUser.OPERATOR;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import ledger.app.http.HttpAnswer;
import ledger.app.http.LedgerHttp;
import ledger.projections.account.AccountReadModelProjection;

/** The operator's view of the read-model processors ({@code GET /api/v1/projections}), and waiting on it. */
public final class ProjectionStatus {

    static final String PROJECTIONS = "/api/v1/projections";
    static final String PROCESSOR = AccountReadModelProjection.PROCESSING_GROUP;
    private static final Duration BOUND = Duration.ofSeconds(60);

    private final LedgerHttp http;

    public ProjectionStatus(LedgerHttp http) {
        this.http = http;
    }

    HttpAnswer all() {
        return http.as(OPERATOR).get(PROJECTIONS);
    }

    public HttpAnswer rebuild() {
        return http.as(OPERATOR).post(PROJECTIONS + "/rebuild");
    }

    /** The status of the account read models' processor. */
    public JsonNode readModels() {
        HttpAnswer answer = all().expectJson(200);
        for (JsonNode processor : answer.node("projections")) {
            if (PROCESSOR.equals(processor.path("name").asText())) {
                return processor;
            }
        }
        throw new AssertionError("no processor " + PROCESSOR + " in " + answer);
    }

    /** Running, not replaying, not in error, caught up, and at the head of the event store. */
    static boolean done(JsonNode status) {
        return status.path("running").asBoolean()
                && !status.path("replaying").asBoolean()
                && status.path("caughtUp").asBoolean()
                && !status.path("error").asBoolean()
                && status.path("position").isNumber()
                && status.path("position").asLong() == status.path("headPosition").asLong();
    }

    /** Waits (bounded) until the processor is done and the extra condition holds; the last status. */
    JsonNode awaitDone(BooleanSupplier andAlso) {
        long deadline = System.nanoTime() + BOUND.toNanos();
        JsonNode status = readModels();
        while (!(done(status) && andAlso.getAsBoolean())) {
            assertThat(System.nanoTime()).as("%s still not rebuilt after %s: %s", PROCESSOR, BOUND, status)
                    .isLessThan(deadline);
            pause();
            status = readModels();
        }
        return status;
    }

    public JsonNode awaitDone() {
        return awaitDone(() -> true);
    }

    private static void pause() {
        try {
            Thread.sleep(25);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
