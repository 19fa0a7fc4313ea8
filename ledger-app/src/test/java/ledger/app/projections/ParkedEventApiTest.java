package ledger.app.projections;

import static ledger.app.audit.ProjectionStatus.PROCESSOR;
import static ledger.app.http.LedgerUser.AUDITOR;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import ledger.app.DataDirectories;
import ledger.app.LedgerApplication;
import ledger.app.accounts.AccountSteps;
import ledger.app.accounts.AccountToOpen;
import ledger.app.audit.ProjectionStatus;
import ledger.app.http.HttpAnswer;
import ledger.app.http.LedgerHttp;
import org.axonframework.eventhandling.Segment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A read model poisoned on purpose (ADR 13, docs/operations.md "Dead letters"): a projection of the
 * read models' processing group ({@link FaultyProjection}) fails on every money movement of the
 * accounts a test names. The event is parked, the account's later events queue behind it, and the ledger keeps
 * serving every other account in both segments; operators see it, readiness is down, the metric
 * counts it; once the cause is gone a retry applies it, and a rebuild with the poison present ends.
 *
 * <p>A ledger of its own: the poison, readiness and the rebuild concern the whole processor.
 */
@SpringBootTest(classes = {LedgerApplication.class, FaultyProjection.Poison.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ParkedEventApiTest {

    private static final Path DATA_DIR = DataDirectories.fresh("parked");
    /** An employee's monthly credit there: 200.00 earmarked for a contribution base of 10,000.00. */
    private static final String REGION = "WUHAN";
    /** A constraint the account view's row of one account breaks once it holds a credit. */
    private static final String WRITE_POISON = "poisoned_by_test";

    @LocalServerPort
    private int port;
    @Autowired
    private FaultyProjection faulty;
    @Autowired
    private MeterRegistry metrics;
    @Autowired
    private Projections projections;
    @Autowired
    private JdbcTemplate jdbc;

    private LedgerHttp http;
    private AccountSteps accounts;
    private ProjectionStatus status;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("ledger.data-dir", DATA_DIR::toString);
    }

    @BeforeEach
    void connect() {
        http = LedgerHttp.onPort(port);
        accounts = new AccountSteps(http);
        status = new ProjectionStatus(http);
        status.awaitDone(() -> parkedEvents() == 0);
    }

    /** A test that failed half-way leaves no poison for the next one. */
    @AfterEach
    void cure() {
        faulty.failingFor.clear();
        jdbc.update("ALTER TABLE account_view DROP CONSTRAINT IF EXISTS " + WRITE_POISON);
        status.retryDeadLetters().expectJson(200);
    }

    @Test
    void anEventAProjectionCannotApplyIsParkedWhileEveryOtherAccountKeepsUpdating() {
        double replayedBefore = replayedBatches();
        String poisoned = poisonedAccount();
        accounts.credited(poisoned, "2024-01", "10000.00", "2024-01-05");
        accounts.credited(poisoned, "2024-02", "10000.00", "2024-02-05");

        List<String> others = accountsInEverySegment();
        for (String other : others) {
            accounts.credited(other, "2024-01", "10000.00", "2024-01-05");
            accounts.expectBalance(other, "0.00", "200.00", "200.00");
        }
        String opened = accounts.opened(employee());
        accounts.account(opened).expectJson(200).expectField("balance.total", "0.00");

        status.awaitDone();
        accounts.expectBalance(poisoned, "0.00", "0.00", "0.00");
        JsonNode readModels = status.readModels();
        assertThat(readModels.path("parkedSequences").asLong()).as("%s", readModels).isEqualTo(1);
        assertThat(readModels.path("parkedEvents").asLong()).as("%s", readModels).isEqualTo(2);
        JsonNode failed = readModels.path("parked").get(0);
        expectParked(failed, poisoned, 1);
        assertThat(failed.path("cause").asText()).contains("no month for " + poisoned);
        JsonNode waiting = readModels.path("parked").get(1);
        assertThat(waiting.path("sequenceIdentifier").asText()).isEqualTo(poisoned);
        assertThat(waiting.path("sequenceNumber").asLong()).isEqualTo(2);
        assertThat(waiting.path("globalPosition").asLong()).isGreaterThan(failed.path("globalPosition").asLong());
        assertThat(waiting.path("cause").isMissingNode() || waiting.path("cause").isNull())
                .as("an event queued behind the failed one was not tried: %s", waiting).isTrue();
        JsonNode listed = status.deadLetters().expectJson(200).node("deadLetters");
        assertThat(listed).as("GET dead-letters").hasSize(2);
        expectParked(listed.get(0), poisoned, 1);
        expectReadiness(503, "DOWN");
        assertThat(parkedEvents()).isEqualTo(2);
        assertThat(replayedBatches() - replayedBefore)
                .as("the batch without savepoints failed and was replayed in them once; the event behind waited")
                .isEqualTo(1);

        HttpAnswer stillFailing = status.retryDeadLetters().expectJson(200);
        stillFailing.expectFields("retried.0.processor", PROCESSOR, "retried.0.sequencesTried", "1",
                "retried.0.sequencesApplied", "0", "retried.0.stillParked", "2");
        expectParked(status.deadLetters().node("deadLetters.0"), poisoned, 2);

        faulty.failingFor.remove(poisoned);
        HttpAnswer retried = status.retryDeadLetters().expectJson(200);

        retried.expectFields("retried.0.sequencesTried", "1", "retried.0.sequencesApplied", "1",
                "retried.0.stillParked", "0");
        accounts.expectBalance(poisoned, "0.00", "400.00", "400.00");
        assertThat(accounts.statement(poisoned, "").expectJson(200).node("entries")).hasSize(2);
        expectReadiness(200, "UP");
        assertThat(parkedEvents()).isZero();
        assertThat(replayedBatches() - replayedBefore).as("a parked event's retry runs in savepoints").isEqualTo(1);
        assertThat(status.readModels().path("parked")).isEmpty();
        http.as(AUDITOR).get("/api/v1/audit/regions/" + REGION + "/fund-totals").expectJson(200)
                .expectField("reconciles", "true");
    }

    @Test
    void aRebuildWithAParkedEventConvergesAndParksItAgain() {
        String poisoned = poisonedAccount();
        accounts.credited(poisoned, "2024-01", "10000.00", "2024-01-05");
        String healthy = accounts.opened(employee());
        accounts.credited(healthy, "2024-01", "10000.00", "2024-01-05");
        status.awaitDone(() -> parkedEvents() == 1);
        double replayedBefore = replayedBatches();

        status.rebuild().expectJson(202);

        status.awaitDone(() -> !projections.isReplaying(PROCESSOR) && parkedEvents() == 1);
        assertThat(replayedBatches() - replayedBefore).as("the replay's batch holding the poison").isEqualTo(1);
        accounts.expectBalance(healthy, "0.00", "200.00", "200.00");
        accounts.expectBalance(poisoned, "0.00", "0.00", "0.00");
        expectParked(status.deadLetters().node("deadLetters.0"), poisoned, 1);
        expectReadiness(503, "DOWN");

        faulty.failingFor.remove(poisoned);
        status.retryDeadLetters().expectJson(200).expectField("retried.0.stillParked", "0");
        accounts.expectBalance(poisoned, "0.00", "200.00", "200.00");
        expectReadiness(200, "UP");
    }

    /**
     * The account view writes its rows when the batch commits (ADR 31): a write refused then, for one event's
     * fault, is no handler's failure. The batch is replayed in savepoints, where each handler's writes go with
     * it, so the event that caused it is the one parked and every other account of the batch is applied.
     */
    @Test
    void aWriteRefusedAtTheBatchsCommitParksTheEventThatCausedIt() {
        String poisoned = accounts.opened(employee());
        List<String> others = accountsInEverySegment();
        jdbc.update("ALTER TABLE account_view ADD CONSTRAINT " + WRITE_POISON + " CHECK (person_id <> '" + poisoned
                + "' OR earmarked_fen = 0)");
        double replayedBefore = replayedBatches();

        accounts.credited(poisoned, "2024-01", "10000.00", "2024-01-05");
        for (String other : others) {
            accounts.credited(other, "2024-01", "10000.00", "2024-01-05");
            accounts.expectBalance(other, "0.00", "200.00", "200.00");
        }

        status.awaitDone();
        accounts.expectBalance(poisoned, "0.00", "0.00", "0.00");
        JsonNode parked = status.readModels().path("parked");
        assertThat(parked).as("%s", parked).hasSize(1);
        assertThat(parked.get(0).path("sequenceIdentifier").asText()).isEqualTo(poisoned);
        assertThat(parked.get(0).path("eventType").asText()).isEqualTo("MonthlyCreditPosted");
        assertThat(parked.get(0).path("cause").asText()).containsIgnoringCase(WRITE_POISON);
        assertThat(replayedBatches() - replayedBefore).as("the batch whose commit failed, replayed in savepoints")
                .isEqualTo(1);

        jdbc.update("ALTER TABLE account_view DROP CONSTRAINT " + WRITE_POISON);
        status.retryDeadLetters().expectJson(200).expectFields("retried.0.sequencesApplied", "1");
        accounts.expectBalance(poisoned, "0.00", "200.00", "200.00");
        assertThat(accounts.statement(poisoned, "").expectJson(200).node("entries")).hasSize(1);
    }

    private String poisonedAccount() {
        AccountToOpen account = employee();
        faulty.failingFor.add(account.personId());
        return accounts.opened(account);
    }

    /** Fresh accounts until each of the processor's two segments has one. */
    private List<String> accountsInEverySegment() {
        Segment[] segments = Segment.computeSegments(0, 1);
        List<String> found = new ArrayList<>();
        for (Segment segment : segments) {
            AccountToOpen account = employee();
            while (!segment.matches(Objects.hashCode(account.personId()))) {
                account = employee();
            }
            found.add(accounts.opened(account));
        }
        return found;
    }

    private static AccountToOpen employee() {
        return AccountToOpen.of(REGION, "EMPLOYEE", "1980-05-20", "2020-01-10");
    }

    private void expectParked(JsonNode parked, String poisoned, int attempts) {
        assertThat(parked.path("processor").asText()).as("%s", parked).isEqualTo(PROCESSOR);
        assertThat(parked.path("sequenceIdentifier").asText()).as("%s", parked).isEqualTo(poisoned);
        assertThat(parked.path("sequenceNumber").asLong()).as("%s", parked).isEqualTo(1);
        assertThat(parked.path("eventType").asText()).as("%s", parked).isEqualTo("MonthlyCreditPosted");
        assertThat(parked.path("globalPosition").isNumber()).as("%s", parked).isTrue();
        assertThat(parked.path("cause").asText()).as("%s", parked).contains(poisoned).doesNotContain("ledger.")
                .doesNotContain("Exception");
        assertThat(parked.path("firstAttempt").asText()).as("%s", parked).isNotBlank();
        assertThat(parked.path("lastAttempt").asText()).as("%s", parked)
                .isGreaterThanOrEqualTo(parked.path("firstAttempt").asText());
        assertThat(parked.path("attempts").asInt()).as("%s", parked).isEqualTo(attempts);
    }

    private void expectReadiness(int status, String state) {
        HttpAnswer readiness = http.anonymous().get("/actuator/health/readiness");
        readiness.expectStatus(status);
        assertThat(readiness.node("status").asText()).as("%s", readiness.body()).isEqualTo(state);
    }

    private double replayedBatches() {
        return metrics.get(ProjectionSavepoints.REPLAYED_BATCHES).tag("processor", PROCESSOR).counter().count();
    }

    private double parkedEvents() {
        return metrics.get(DeadLetterMetrics.PARKED_EVENTS).tag("processor", PROCESSOR).gauge().value();
    }
}
