package ledger.app.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import ledger.app.accounts.AccountToOpen;
import ledger.app.batch.BatchSteps.Report;
import ledger.app.http.HttpAnswer;
import ledger.app.projections.ReadModelsHeldBack;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A run's report turns COMPLETED only once the read models show its credits (issue 15, ADR 25). With the
 * account read models held back (their processor stopped), a run whose job has ended reports RUNNING and
 * where the read models stand; once they run again it turns COMPLETED, and from that moment an account
 * read shows the credit, with no wait of its own.
 */
class BatchReadModelsApiTest extends BatchApiTest {

    private static final String REGION = "QINGYANG";
    private static final Duration JOB_END = Duration.ofSeconds(90);

    @Autowired
    private EventProcessingConfiguration processing;

    @Test
    void aRunWhoseJobHasEndedIsRunningUntilTheReadModelsShowItsCreditsThenCompletedWithTheBalancesShown() {
        String insured = accounts.opened(AccountToOpen.of(REGION, "EMPLOYEE", "1980-05-20", "2022-01-10"));
        Roster roster = rosterOf(insured, "2025-08");
        long batchId;
        try (ReadModelsHeldBack held = ReadModelsHeldBack.holdBack(processing)) {
            batchId = batches.started(roster, REGION, "2025-08", null, "2025-08-20");

            JsonNode ended = awaitJobEnded(batchId).json();

            assertThat(ended.path("status").asText()).as("status of %s", ended).isEqualTo("RUNNING");
            assertThat(ended.path("endedAt").isTextual()).as("the job's end in %s", ended).isTrue();
            assertThat(ended.path("credited").asLong()).as("credited in %s", ended).isGreaterThanOrEqualTo(1);
            assertThat(ended.path("readModels").path("caughtUp").asBoolean()).as("caughtUp in %s", ended).isFalse();
            assertThat(ended.path("readModels").path("position").asLong())
                    .as("the read models' position, below the run's last event, in %s", ended)
                    .isLessThan(ended.path("readModels").path("target").asLong());
            accounts.expectBalance(insured, "0.00", "0.00", "0.00");
        }

        Report completed = batches.awaitCompleted(batchId);

        accounts.expectBalance(insured, "0.00", "100.00", "100.00");
        JsonNode shown = completed.answer().json().path("readModels");
        assertThat(shown.path("caughtUp").asBoolean()).as("caughtUp in %s", completed).isTrue();
        assertThat(shown.path("position").asLong()).as("position in %s", completed)
                .isGreaterThanOrEqualTo(shown.path("target").asLong());
    }

    @Test
    void aDryRunAppendsNothingSoItIsCompletedAtOnceWhileTheReadModelsAreHeldBack() {
        Roster roster = rosterOf(accounts.opened(AccountToOpen.of(REGION, "EMPLOYEE", "1980-05-20", "2022-01-10")),
                "2025-09");
        try (ReadModelsHeldBack held = ReadModelsHeldBack.holdBack(processing)) {
            Report dry = batches.completed(roster, REGION, "2025-09", true, "2025-09-20");

            assertThat(dry.dryRun()).as("dryRun of %s", dry).isTrue();
            assertThat(dry.credited()).as("credited by %s", dry).isGreaterThanOrEqualTo(1);
            assertThat(dry.answer().json().path("readModels").path("caughtUp").asBoolean())
                    .as("caughtUp in %s", dry).isTrue();
        }
    }

    /** One employee's line, a base of 5000.00 (a credit of 100.00), collected on the 10th. */
    private static Roster rosterOf(String insured, String period) {
        Roster roster = new Roster();
        roster.line(insured, period, "5000.00", period + "-10");
        return roster;
    }

    /** Follows the run until its job has ended: its report then carries where the read models stand. */
    private HttpAnswer awaitJobEnded(long batchId) {
        long deadline = System.nanoTime() + JOB_END.toNanos();
        HttpAnswer last = null;
        while (System.nanoTime() < deadline) {
            last = batches.report(batchId).expectJson(200);
            if (!last.node("readModels").isMissingNode() || !"RUNNING".equals(last.node("status").asText())) {
                return last;
            }
            BatchSteps.pause(100);
        }
        return fail("the job of batch %d did not end within %s; last report: %s", batchId, JOB_END, last);
    }
}
