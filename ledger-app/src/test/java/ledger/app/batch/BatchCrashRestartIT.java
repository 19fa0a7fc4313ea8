package ledger.app.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import ledger.app.DataDirectories;
import ledger.app.accounts.AccountSteps;
import ledger.app.batch.BatchSteps.Reject;
import ledger.app.batch.BatchSteps.Report;
import ledger.app.batch.CreditEvents.Credit;
import ledger.app.http.HttpAnswer;
import ledger.app.http.LedgerHttp;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A real crash: the packaged ledger runs as its own JVM, is killed with kill -9 in the middle of a
 * monthly run, and a new JVM on the same data directory restarts the run (ADR 0008). The events then
 * prove that the chunks the report showed before the kill survived it, and that every person of the
 * roster was credited exactly once for the period.
 *
 * <p>The kill comes once the ledger has logged its first committed chunk ({@link LoggedChunk}).
 */
class BatchCrashRestartIT {

    private static final String REGION = WuhanEmployees.REGION;
    private static final String PERIOD = "2024-05";
    private static final String ALLOCATION_DATE = "2024-06-05";
    /** Three chunks of 500 lines: the kill comes after the first commits, long before the last. */
    private static final int EMPLOYEES = 1_200;
    private static final String CHUNKS_OF_500 = "--ledger.batch.chunk-size=500";
    private static final Duration START = Duration.ofSeconds(180);

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void aRunKilledMidwayAndRestartedInANewProcessCreditsEveryPersonOfTheRosterExactlyOnce() throws Exception {
        assumeTrue(Files.isRegularFile(LedgerProcess.jar()), LedgerProcess::missingJarMessage);
        Path dataDir = DataDirectories.fresh("crash");
        List<String> persons = WuhanEmployees.named("wuhan-crash", EMPLOYEES);
        Map<String, BigDecimal> expected = new LinkedHashMap<>();
        IntStream.range(0, EMPLOYEES).forEach(i -> expected.put(persons.get(i), WuhanEmployees.credit(i)));
        Roster roster = new Roster();
        List<Integer> badLines = new ArrayList<>();
        for (int i = 0; i < EMPLOYEES; i++) {
            roster.line(persons.get(i), PERIOD, WuhanEmployees.base(i).toPlainString(), "2024-05-20");
            if (i == 300 || i == 900) {
                badLines.add(roster.line("wuhan-crash-unknown-" + i, PERIOD, "5000.00", "2024-05-20"));
            }
            if (i == 600) {
                badLines.add(roster.line(persons.get(1), PERIOD, "5000.00", "not-a-date"));
            }
        }
        int duplicateLine = roster.line(persons.get(0), PERIOD, "9999.00", "2024-05-20");

        long batchId;
        LoggedChunk beforeKill;
        try (LedgerProcess first = LedgerProcess.server("first", dataDir, CHUNKS_OF_500)) {
            first.awaitReady(START);
            LedgerHttp http = LedgerHttp.onPort(first.port());
            WuhanEmployees.open(http, persons);
            BatchSteps batches = new BatchSteps(http, first.port());
            batchId = batches.started(roster, REGION, PERIOD, null, ALLOCATION_DATE);

            beforeKill = awaitFirstLoggedChunk(batches, batchId, first);
            first.kill();
        }

        long restartId;
        Report afterKill;
        Report restarted;
        Report killed;
        try (LedgerProcess second = LedgerProcess.server("second", dataDir, CHUNKS_OF_500)) {
            second.awaitReady(START);
            LedgerHttp http = LedgerHttp.onPort(second.port());
            BatchSteps batches = new BatchSteps(http, second.port());
            afterKill = Report.of(batches.report(batchId).expectJson(200));

            restartId = batches.restarted(batchId);
            restarted = batches.awaitEnd(restartId, Duration.ofSeconds(240));
            assertThat(restarted.status()).as("the restarted run %s%n%s", restarted, second.logTail())
                    .isEqualTo("COMPLETED");
            killed = BatchSteps.Report.of(batches.report(batchId).expectJson(200));
            expectBalances(http, expected);
            for (int i : List.of(0, 499, 500, 501, 999, 1000, EMPLOYEES - 1)) {
                var verification = AuditedHistory.verification(http, persons.get(i));
                assertThat(verification.path("hashChainIntact").asBoolean()).as("%s", verification).isTrue();
                assertThat(verification.path("projectionMatchesReplay").asBoolean()).as("%s", verification).isTrue();
            }
            second.stop();
        }

        JdbcTemplate jdbc = CreditEvents.h2(dataDir);
        List<Credit> credits = CreditEvents.after(jdbc, 0);
        Map<String, Long> perPerson = CreditEvents.count(credits, Credit::personId);
        assertThat(restartId).isNotEqualTo(batchId);
        assertThat(killed.status()).as("the killed execution after the restart: %s", killed).isEqualTo("FAILED");
        assertThat(perPerson.keySet()).as("persons credited").containsExactlyInAnyOrderElementsOf(persons);
        assertThat(perPerson).as("credits per person").allSatisfy((person, count) ->
                assertThat(count).as("MonthlyCreditPosted events of %s", person).isEqualTo(1L));
        assertThat(credits).allSatisfy(credit -> {
            assertThat(credit.period()).isEqualTo(PERIOD);
            assertThat(credit.pot()).isEqualTo("EARMARKED");
            assertThat(credit.amount()).as("amount credited to %s", credit.personId())
                    .isEqualByComparingTo(expected.get(credit.personId()));
            assertThat(credit.balanceAfter("EARMARKED")).isEqualByComparingTo(credit.amount());
        });
        List<Credit> beforeTheKill = CreditEvents.writtenBy(credits, batchId);
        List<Credit> afterTheRestart = CreditEvents.writtenBy(credits, restartId);
        assertThat(afterKill.status()).as("the killed run before its restart, killed mid-way: %s", afterKill)
                .isEqualTo("RUNNING");
        assertThat(afterKill.credited()).as("credited by the killed run after the kill; before it the ledger logged: %s",
                beforeKill.line()).isGreaterThanOrEqualTo(beforeKill.credited());
        assertThat(afterKill.read()).as("read by the killed run after the kill; before it the ledger logged: %s",
                beforeKill.line()).isGreaterThanOrEqualTo(beforeKill.read());
        assertThat(beforeTheKill).as("credits stored by the killed run, whose report after the kill shows %s",
                afterKill).hasSize((int) afterKill.credited());
        assertThat(afterTheRestart).as("credits written after the restart").isNotEmpty();
        assertThat(beforeTheKill.size() + afterTheRestart.size()).as("credits by the batch's two executions")
                .isEqualTo(credits.size());

        BigDecimal total = credits.stream().map(Credit::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(restarted.credited()).as("credited in %s", restarted).isEqualTo(credits.size());
        assertThat(restarted.credited() + restarted.skipped() + restarted.rejected())
                .as("every roster line is credited, skipped or rejected in %s", restarted)
                .isEqualTo(roster.dataLines());
        assertThat(restarted.credited() + restarted.skipped()).as("credited + skipped in %s", restarted)
                .isGreaterThanOrEqualTo(EMPLOYEES);
        assertThat(restarted.totalAmount()).as("totalAmount of %s", restarted).isEqualByComparingTo(total);
        assertThat(restarted.earmarked()).isEqualByComparingTo(total);
        assertThat(restarted.lineRejects().stream().map(Reject::line))
                .as("rejected lines of %s", restarted).containsAll(badLines.stream().map(Long::valueOf).toList());

        // What the ADR promises of a restart, and what an uninterrupted run would have reported.
        SoftAssertions promises = new SoftAssertions();
        promises.assertThat(restarted.lineRejects())
                .as("line %d repeats line 2 (%s): after the restart it must still be rejected as a duplicate "
                        + "line, as in an uninterrupted run; report %s", duplicateLine, persons.get(0), restarted)
                .anySatisfy(reject -> {
                    assertThat(reject.line()).isEqualTo(duplicateLine);
                    assertThat(reject.reason()).contains("duplicate line");
                });
        promises.assertThat(restarted.read())
                .as("read of the restarted batch, which must count the lines read before the kill too; report %s",
                        restarted)
                .isEqualTo(roster.dataLines());
        promises.assertThat(Instant.parse(killed.answer().text("endedAt")))
                .as("end of the killed execution, marked when the restart was asked for, against the start of the "
                        + "restart; killed: %s restarted: %s", killed, restarted)
                .isBeforeOrEqualTo(Instant.parse(restarted.answer().text("startedAt")));
        promises.assertAll();
    }

    /**
     * Waits until the ledger logs the first committed chunk of the run while the run still runs: the kill
     * then lands after the first commit of three and long before the last. Fails should the run end before it.
     */
    private static LoggedChunk awaitFirstLoggedChunk(BatchSteps batches, long batchId, LedgerProcess ledger) {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<LoggedChunk> logged = LoggedChunk.first(ledger, batchId);
            if (logged.isPresent()) {
                return logged.get();
            }
            Report report = Report.of(batches.report(batchId).expectJson(200));
            if (!"RUNNING".equals(report.status())) {
                return fail("the run ended (%s) before it could be killed; make the roster longer:%n%s",
                        report, ledger.logTail());
            }
            BatchSteps.pause(20);
        }
        return fail("no chunk of batch %d was logged as committed within 180 s:%n%s", batchId, ledger.logTail());
    }

    /** Every account shows its one credit, once the projection has caught up (bounded). */
    private static void expectBalances(LedgerHttp http, Map<String, BigDecimal> expected) {
        AccountSteps accounts = new AccountSteps(http);
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        for (Map.Entry<String, BigDecimal> entry : expected.entrySet()) {
            String amount = entry.getValue().toPlainString();
            HttpAnswer account = accounts.account(entry.getKey()).expectJson(200);
            while (!amount.equals(account.node("balance.total").asText()) && System.nanoTime() < deadline) {
                BatchSteps.pause(50);
                account = accounts.account(entry.getKey()).expectJson(200);
            }
            account.expectFields("balance.withdrawable", "0.00", "balance.earmarked", amount, "balance.total", amount);
        }
    }
}
