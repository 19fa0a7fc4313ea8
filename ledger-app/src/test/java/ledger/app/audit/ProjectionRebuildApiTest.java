package ledger.app.audit;

import static ledger.app.audit.AuditSteps.allocations;
import static ledger.app.audit.ProjectionStatus.PROCESSOR;
import static ledger.app.http.LedgerUser.CASEWORKER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import ledger.account.event.AccountOpened;
import ledger.app.DataDirectories;
import ledger.app.LedgerApplication;
import ledger.app.accounts.AccountSteps;
import ledger.app.accounts.AccountToOpen;
import ledger.app.eventstore.EventTable;
import ledger.app.http.HttpAnswer;
import ledger.app.http.JsonBody;
import ledger.app.http.LedgerHttp;
import ledger.app.nodes.NodeName;
import ledger.app.projections.Projections;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code POST /api/v1/projections/rebuild} (docs/audit.md, ADR 6): the read models are emptied and
 * replayed from the event store, and come back row for row; the ledger keeps taking writes meanwhile.
 *
 * <p>A ledger of its own: a rebuild replays the whole store, so the shared API context (where other
 * tests tamper with rows on purpose) would neither give a reproducible snapshot nor stay undisturbed.
 * A marker row that no event explains is put into {@code account_view} before each rebuild; it is
 * gone only once the rebuild's reset has run, so "done" cannot be mistaken for the state before it.
 * The context is closed after the class, so its processor does not keep polling during later tests.
 * A gate in the processing group can hold the replay at its first event, so that writes are made
 * while the rebuild is certainly under way.
 */
@SpringBootTest(classes = {LedgerApplication.class, ProjectionRebuildApiTest.Gate.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ProjectionRebuildApiTest {

    private static final Path DATA_DIR = DataDirectories.fresh("rebuild");

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private ReplayGate gate;
    @Autowired
    private Projections rebuilds;
    @Autowired
    private NodeName node;

    private LedgerHttp http;
    private AccountSteps accounts;
    private AuditSteps audit;
    private ProjectionStatus projections;

    /** Withdrawable 400.00, earmarked 246.91. */
    private String saver;
    /** Registered by holder and holder2; after a payment and a refund: 50.00 / 200.00. */
    private String member;
    /** 100.00 withdrawable left after the member's payment. */
    private String holder;
    /** 50.00 withdrawable, untouched by the member's payment. */
    private String holder2;
    /** A retiree who died: closed and empty. */
    private String deceased;

    /** Holds the replay at its first event while closed; lets every event through while open. */
    @ProcessingGroup(PROCESSOR)
    static class ReplayGate {

        private static final Duration HOLD_AT_MOST = Duration.ofSeconds(60);

        private volatile CountDownLatch opened = new CountDownLatch(0);
        private final Semaphore reached = new Semaphore(0);

        @EventHandler
        void on(AccountOpened opened, ReplayStatus status) throws InterruptedException {
            CountDownLatch gate = this.opened;
            if (status.isReplay() && gate.getCount() > 0) {
                reached.release();
                gate.await(HOLD_AT_MOST.toMillis(), TimeUnit.MILLISECONDS);
            }
        }

        void close() {
            opened = new CountDownLatch(1);
        }

        void awaitReplayHeld() throws InterruptedException {
            assertThat(reached.tryAcquire(HOLD_AT_MOST.toMillis(), TimeUnit.MILLISECONDS))
                    .as("the replay reached the gate").isTrue();
        }

        void open() {
            opened.countDown();
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Gate {
        @Bean
        ReplayGate replayGate() {
            return new ReplayGate();
        }
    }

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("ledger.data-dir", DATA_DIR::toString);
    }

    @BeforeEach
    void someBooks() {
        http = LedgerHttp.onPort(port);
        accounts = new AccountSteps(http);
        audit = new AuditSteps(http);
        projections = new ProjectionStatus(http);

        saver = accounts.opened(AccountToOpen.of("BEIJING", "EMPLOYEE", "1980-05-20", "2022-01-10")
                .withLegacyWithdrawableBalance("300.00"));
        accounts.credited(saver, "2022-08", "10000.00", "2022-08-05");
        accounts.credited(saver, "2024-03", "12345.67", "2024-03-05");
        accounts.withdraw(saver, "w-" + saver, "100.00", "2024-04-01").expectJson(201);

        member = accounts.opened(AccountToOpen.of("BEIJING", "EMPLOYEE", "1985-03-01", "2022-01-10")
                .withLegacyWithdrawableBalance("100.00"));
        accounts.credited(member, "2023-01", "10000.00", "2023-01-05");
        holder = accounts.opened(AccountToOpen.of("BEIJING", "EMPLOYEE", "1955-07-01", "2022-01-10")
                .withLegacyWithdrawableBalance("500.00"));
        holder2 = accounts.opened(AccountToOpen.of("BEIJING", "EMPLOYEE", "1956-08-01", "2022-01-10")
                .withLegacyWithdrawableBalance("50.00"));
        register(holder, member, "2022-10-20");
        register(holder2, member, "2022-11-01");
        String paymentId = AccountToOpen.newPersonId("pay");
        HttpAnswer paid = audit.pay(paymentId, member, "700.00", "2023-03-01T10:00:00+08:00", true).expectJson(201);
        assertThat(allocations(paid)).containsExactly(member + " EARMARKED 200.00", member + " WITHDRAWABLE 100.00",
                holder + " WITHDRAWABLE 400.00");
        audit.refund(paymentId, AccountToOpen.newPersonId("refund"), "250.00").expectJson(201);
        http.as(CASEWORKER).put(AccountSteps.accountPath(member) + "/funding-order",
                JsonBody.of("accounts", List.of(holder2, holder))).expectJson(200);

        deceased = accounts.opened(AccountToOpen.of("BEIJING", "RETIREE", "1960-05-01", "2020-01-02")
                .withLegacyWithdrawableBalance("300.00"));
        accounts.credited(deceased, "2024-03", null, "2024-03-05");
        accounts.credited(deceased, "2024-04", null, "2024-04-05");
        accounts.close(deceased, "DECEASED", "2024-03-15", null).expectJson(200);

        accounts.expectBalance(saver, "400.00", "246.91", "646.91");
        accounts.expectBalance(member, "50.00", "200.00", "250.00");
        accounts.expectBalance(holder, "100.00", "0.00", "100.00");
        accounts.expectBalance(holder2, "50.00", "0.00", "50.00");
        accounts.account(deceased).expectJson(200).expectFields("status", "CLOSED", "balance.total", "0.00");
        projections.awaitDone();
    }

    @Test
    void theStatusReportsTheReadModelProcessorAtTheHeadOfTheEventStore() {
        JsonNode status = projections.readModels();

        assertThat(ProjectionStatus.done(status)).as("status %s", status).isTrue();
        Long head = jdbc.queryForObject("SELECT MAX(global_index) FROM " + EventTable.NAME, Long.class);
        assertThat(status.path("headPosition").asLong()).isEqualTo(head);
        assertThat(status.path("segments")).as("segments of %s", status).hasSize(2).allSatisfy(segment -> {
            assertThat(segment.path("node").asText()).isEqualTo(node.value());
            assertThat(segment.path("position").asLong()).isBetween(0L, head);
        });
        assertThat(status.path("segments")).extracting(segment -> segment.path("segment").asInt())
                .containsExactly(0, 1);
    }

    @Test
    void aRebuildEmptiesTheReadModelsAndReplaysThemRowForRow() {
        ReadModelTables before = ReadModelTables.of(jdbc);
        assertThat(before.accountView()).extracting(row -> row.get("person_id"))
                .contains(saver, member, holder, holder2, deceased);
        assertThat(before.fundingOrder()).extracting(row -> row.get("holder_id")).containsSubsequence(holder2, holder);
        // damage the read models, so that only a replay from the events can put them right
        jdbc.update("UPDATE account_view SET withdrawable_fen = withdrawable_fen + 12345 WHERE person_id = ?", saver);
        jdbc.update("DELETE FROM statement_entry WHERE person_id = ?", member);
        jdbc.update("DELETE FROM funding_order WHERE member_id = ?", member);
        audit.verification(saver).expectJson(200).expectField("projectionMatchesReplay", "false");
        String marker = insertMarker();

        HttpAnswer rebuild = projections.rebuild();

        rebuild.expectJson(202);
        assertThat(rebuild.node("rebuilding")).extracting(JsonNode::asText).contains(PROCESSOR);
        projections.awaitDone(() -> markerGone(marker));
        ReadModelTables after = ReadModelTables.of(jdbc);
        assertThat(after.accountView()).as("account_view after the rebuild").isEqualTo(before.accountView());
        assertThat(after.statementEntry()).as("statement_entry after the rebuild").isEqualTo(before.statementEntry());
        assertThat(after.fundingOrder()).as("funding_order after the rebuild").isEqualTo(before.fundingOrder());
        audit.expectIntact(saver, 5);
        audit.expectIntact(member, 10);
        accounts.expectBalance(saver, "400.00", "246.91", "646.91");
    }

    @Test
    void theLedgerKeepsTakingCreditsAndPaymentsWhileTheReadModelsAreRebuilt() throws InterruptedException {
        ReadModelTables before = ReadModelTables.of(jdbc);
        String marker = insertMarker();
        gate.close();

        projections.rebuild().expectJson(202);
        gate.awaitReplayHeld();
        long writesBegan = System.nanoTime();
        HttpAnswer credit = accounts.credit(saver, "2024-04", "12345.67", "2024-04-05");
        String paymentId = AccountToOpen.newPersonId("pay");
        // dated now: the refund of today's setup is part of what the member pays with (a payment dated
        // before it could not spend it, docs/domain-rules-as-built.md §10a)
        HttpAnswer payment = audit.pay(paymentId, member, "500.00",
                OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0).toString(), true);
        Duration writesTook = Duration.ofNanos(System.nanoTime() - writesBegan);
        JsonNode statusMeanwhile = projections.readModels();
        boolean rebuildingMeanwhile = rebuilds.isReplaying(PROCESSOR);
        gate.open();

        assertThat(rebuildingMeanwhile).as("the writes overlapped the rebuild (status %s)", statusMeanwhile).isTrue();
        assertThat(statusMeanwhile.path("replaying").asBoolean()).as("%s", statusMeanwhile).isTrue();
        assertThat(writesTook).as("writes do not wait for read models being rebuilt")
                .isLessThan(Duration.ofSeconds(5));
        credit.expectJson(201).expectFields("amount", "246.91", "pot", "EARMARKED");
        payment.expectJson(201).expectFields("accountPaid", "400.00", "cashDue", "100.00");
        assertThat(allocations(payment)).as("family accounts come from the member's events, not the read model "
                        + "being rebuilt (status meanwhile: %s)", statusMeanwhile)
                .containsExactlyInAnyOrder(member + " EARMARKED 200.00", member + " WITHDRAWABLE 50.00",
                        holder + " WITHDRAWABLE 100.00", holder2 + " WITHDRAWABLE 50.00");
        projections.awaitDone(() -> markerGone(marker) && !rebuilds.isReplaying(PROCESSOR));
        accounts.expectBalance(saver, "400.00", "493.82", "893.82");
        accounts.expectBalance(member, "0.00", "0.00", "0.00");
        accounts.expectBalance(holder, "0.00", "0.00", "0.00");
        accounts.expectBalance(holder2, "0.00", "0.00", "0.00");
        JsonNode lastEntry = last(accounts.statement(saver, "").expectJson(200).node("entries"));
        assertThat(lastEntry.path("amount").asText()).isEqualTo("246.91");
        assertThat(lastEntry.path("at").asText()).isEqualTo("2024-04-05");
        for (String person : List.of(saver, member, holder, holder2, deceased)) {
            audit.verification(person).expectJson(200).expectFields(
                    "hashChainIntact", "true", "projectionMatchesReplay", "true");
        }
        Set<String> touched = Set.of(saver, member, holder, holder2);
        assertThat(ReadModelTables.of(jdbc).without(touched)).isEqualTo(before.without(touched));
    }

    private void register(String holderId, String memberId, String registeredOn) {
        http.as(CASEWORKER).post(AccountSteps.accountPath(holderId) + "/family-members",
                JsonBody.of("memberId", memberId, "relation", "PARENT", "registeredOn", registeredOn)).expectJson(201);
    }

    /** A row no event explains: only the rebuild's reset removes it. */
    private String insertMarker() {
        String marker = AccountToOpen.newPersonId("rebuild-marker");
        jdbc.update("""
                INSERT INTO account_view (person_id, region, category, status, birth_date, opened_on, retired_on,
                                          withdrawable_fen, earmarked_fen, last_sequence)
                VALUES (?, 'BEIJING', 'EMPLOYEE', 'OPEN', DATE '1970-01-01', DATE '2020-01-01', NULL, 0, 0, 0)""",
                marker);
        return marker;
    }

    private boolean markerGone(String marker) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM account_view WHERE person_id = ?", Integer.class, marker) == 0;
    }

    private static JsonNode last(JsonNode array) {
        assertThat(array.size()).isPositive();
        return array.get(array.size() - 1);
    }
}
