package ledger.app.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import ledger.app.DataDirectories;
import ledger.app.LedgerApplication;
import ledger.app.accounts.AccountSteps;
import ledger.app.accounts.AccountToOpen;
import ledger.app.accounts.ReadModelCatchUp;
import ledger.app.batch.BatchSteps.Report;
import ledger.app.batch.CreditEvents.Credit;
import ledger.app.http.LedgerHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The monthly run fires by itself on the 5th from 02:00 in the region's time zone (Asia/Shanghai),
 * once a month, reading {@code inbox/roster-REGION-YYYY-MM.csv}. Time is a hand-set clock and the
 * schedule is ticked by the test; its own timer waits an hour between ticks.
 */
@SpringBootTest(classes = LedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "ledger.batch.schedule.regions=QINGYANG",
                "ledger.batch.schedule.check-every=1h"})
@Import(MonthlyCreditScheduleTest.HandSetTime.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class MonthlyCreditScheduleTest {

    private static final String REGION = "QINGYANG";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Path DATA_DIR = DataDirectories.fresh("schedule");
    private static final Path INBOX = DataDirectories.fresh("schedule-inbox");
    /** Starts on the 10th: whenever the timer ticks by itself, nothing is due. */
    private static final MutableClock CLOCK = new MutableClock(
            LocalDateTime.of(2025, 2, 10, 12, 0).atZone(CHINA).toInstant(), CHINA);
    private static volatile boolean timerTickedOnce;

    @DynamicPropertySource
    static void directories(DynamicPropertyRegistry registry) {
        registry.add("ledger.data-dir", DATA_DIR::toString);
        registry.add("ledger.batch.schedule.inbox", INBOX::toString);
    }

    @TestConfiguration
    static class HandSetTime {
        @Bean
        @Primary
        Clock handSetClock() {
            return CLOCK;
        }
    }

    @Autowired
    private MonthlyCreditSchedule schedule;

    @Autowired
    private JobExplorer explorer;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ReadModelCatchUp catchUp;

    @LocalServerPort
    private int port;

    private LedgerHttp http;
    private AccountSteps accounts;
    private BatchSteps batches;

    /**
     * The schedule's timer ticks once 10 s after the start whatever check-every says (then hourly).
     * That tick, on the 10th, does nothing; it is awaited (the test fails if it never comes) so that it
     * cannot race a tick of the test.
     */
    @BeforeEach
    void setUp() {
        http = LedgerHttp.onPort(port);
        accounts = new AccountSteps(http);
        batches = new BatchSteps(http, port);
        String me = Thread.currentThread().getName();
        long deadline = System.nanoTime() + 40_000_000_000L;
        while (!timerTickedOnce) {
            assertThat(System.nanoTime()).as("the schedule's first tick, awaited for 40 s; threads that asked the "
                    + "clock for its zone: %s", CLOCK.threadsAskingForAZone()).isLessThan(deadline);
            timerTickedOnce = CLOCK.threadsAskingForAZone().stream().anyMatch(thread -> !thread.equals(me));
            BatchSteps.pause(200);
        }
    }

    @Test
    void onTheFifthFromTwoInTheMorningChinaTimeTheRunStartsOnceAndCreditsTheRoster() {
        YearMonth march = YearMonth.of(2025, 3);
        String employee = employee();
        String otherEmployee = employee();
        String flexibleEmployee = open("FLEXIBLE_EMPLOYEE");
        Roster roster = new Roster();
        roster.line(employee, "2025-03", "10000.00", "2025-03-03");
        roster.line(otherEmployee, "2025-03", "7777.77", "2025-03-03"); // 155.5554
        roster.line(flexibleEmployee, "2025-03", "3000.00", "2025-03-03");
        Path inboxRoster = schedule.rosterFor(REGION, march);
        assertThat(inboxRoster).isEqualTo(INBOX.resolve("roster-QINGYANG-2025-03.csv"));
        roster.writeTo(inboxRoster);
        long mark = CreditEvents.lastGlobalIndex(jdbc);

        tickAt(2025, 3, 4, 23, 59);
        assertThat(runsOf(march)).as("runs on the 4th").isEmpty();
        tickAt(2025, 3, 5, 1, 59);
        assertThat(runsOf(march)).as("runs on the 5th at 01:59").isEmpty();
        tickAt(2025, 3, 5, 2, 0); // 2025-03-04T18:00Z: the 5th only in China time

        List<JobExecution> runs = runsOf(march);
        assertThat(runs).as("runs on the 5th at 02:00").hasSize(1);
        JobExecution run = runs.get(0);
        assertThat(run.getJobParameters().getString("requestedBy")).isEqualTo("schedule");
        assertThat(run.getJobParameters().getString("allocationDate")).isEqualTo("2025-03-05");
        assertThat(run.getJobParameters().getString("roster")).isEqualTo(inboxRoster.toAbsolutePath().toString());
        Report report = batches.awaitCompleted(run.getId());

        tickAt(2025, 3, 5, 2, 0);
        tickAt(2025, 3, 5, 23, 30);
        tickAt(2025, 3, 6, 2, 0);
        assertThat(runsOf(march)).as("runs of March after more ticks").hasSize(1);

        List<Credit> written = CreditEvents.writtenBy(CreditEvents.after(jdbc, mark), run.getId());
        assertThat(report.credited()).as("credited of %s", report).isEqualTo(3).isEqualTo(written.size());
        assertThat(report.rejected()).as("rejected of %s", report).isZero();
        assertThat(report.totalAmount()).isEqualByComparingTo("415.56");
        assertThat(report.earmarked()).isEqualByComparingTo("415.56");
        expectCredited(written, run.getId(), employee, "2025-03", "200.00");
        expectCredited(written, run.getId(), otherEmployee, "2025-03", "155.56");
        expectCredited(written, run.getId(), flexibleEmployee, "2025-03", "60.00");
    }

    @Test
    void aMissingRosterFailsTheRunLoudlyCreditsNothingAndTheScheduleDoesNotRetryIt() {
        YearMonth april = YearMonth.of(2025, 4);
        String employee = employee();
        String otherEmployee = employee();
        Path inboxRoster = schedule.rosterFor(REGION, april);
        assertThat(inboxRoster).doesNotExist();
        long mark = CreditEvents.lastGlobalIndex(jdbc);

        tickAt(2025, 4, 5, 2, 30);

        List<JobExecution> runs = runsOf(april);
        assertThat(runs).as("runs on the 5th of April").hasSize(1);
        long batchId = runs.get(0).getId();
        Report failed = batches.awaitEnd(batchId, BatchSteps.DEFAULT_WAIT);
        assertThat(failed.status()).as("status of %s", failed).isEqualTo("FAILED");
        assertThat(failed.credited()).isZero();
        assertThat(CreditEvents.eventsAfter(jdbc, mark)).as("events stored by the failed run").isZero();
        for (String person : List.of(employee, otherEmployee)) {
            assertThat(AuditedHistory.credits(http, person, "2025-04")).isEmpty();
            accounts.expectBalance(person, "0.00", "0.00", "0.00");
        }

        tickAt(2025, 4, 5, 3, 30);
        Roster roster = new Roster();
        roster.line(employee, "2025-04", "10000.00", "2025-04-03");
        roster.line(otherEmployee, "2025-04", "5000.00", "2025-04-03");
        roster.writeTo(inboxRoster); // the roster arrives late
        tickAt(2025, 4, 5, 4, 30);
        tickAt(2025, 4, 5, 23, 59);
        assertThat(runsOf(april)).as("runs of April after later ticks").hasSize(1);
        assertThat(CreditEvents.eventsAfter(jdbc, mark)).isZero();

        // the operator restarts the failed run: the same parameters, so the roster that has arrived
        long restartId = batches.restarted(batchId);
        Report restarted = batches.awaitCompleted(restartId);

        List<Credit> written = CreditEvents.writtenBy(CreditEvents.after(jdbc, mark), restartId);
        assertThat(restarted.credited()).isEqualTo(2).isEqualTo(written.size());
        assertThat(restarted.totalAmount()).isEqualByComparingTo("300.00");
        expectCredited(written, restartId, employee, "2025-04", "200.00");
        expectCredited(written, restartId, otherEmployee, "2025-04", "100.00");

        // the operator must see why the run failed: the report names the missing roster
        Report failedRun = Report.of(batches.report(batchId).expectJson(200));
        assertThat(failedRun.status()).isEqualTo("FAILED");
        assertThat(failedRun.failure()).as("failure of the scheduled run without its roster: %s", failedRun)
                .contains("roster-QINGYANG-2025-04.csv").doesNotContain("Exception", "org.springframework");
    }

    private void tickAt(int year, int month, int day, int hour, int minute) {
        CLOCK.set(LocalDateTime.of(year, month, day, hour, minute));
        schedule.tick();
    }

    /** The monthly runs of the region for a period, whoever started them. */
    private List<JobExecution> runsOf(YearMonth period) {
        return explorer.findJobInstancesByJobName("monthlyCredits", 0, 1_000).stream()
                .flatMap(instance -> explorer.getJobExecutions(instance).stream())
                .filter(execution -> REGION.equals(execution.getJobParameters().getString("region"))
                        && period.toString().equals(execution.getJobParameters().getString("period")))
                .toList();
    }

    private void expectCredited(List<Credit> written, long batchId, String personId, String period, String amount) {
        assertThat(written).as("credits of %s by batch %d", personId, batchId)
                .filteredOn(credit -> credit.personId().equals(personId)).singleElement()
                .satisfies(credit -> {
                    assertThat(credit.amount()).isEqualByComparingTo(amount);
                    assertThat(credit.pot()).isEqualTo("EARMARKED");
                    assertThat(credit.period()).isEqualTo(period);
                    assertThat(credit.actor()).isEqualTo("schedule (batch " + batchId + ")");
                });
        List<JsonNode> audited = AuditedHistory.credits(http, personId, period);
        assertThat(audited).as("audited credits of %s for %s", personId, period).hasSize(1);
        assertThat(audited.get(0).path("payload").path("allocationDate").asText()).isEqualTo(period + "-05");
        catchUp.awaitAccount(personId);
        accounts.expectBalance(personId, "0.00", amount, amount);
    }

    private String employee() {
        return open("EMPLOYEE");
    }

    private String open(String category) {
        return accounts.opened(new AccountToOpen(AccountToOpen.newPersonId(REGION), REGION, category, "1985-08-08",
                "2020-01-01", null, null));
    }
}
