package ledger.app.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import ledger.app.DataDirectories;
import ledger.app.accounts.AccountSteps;
import ledger.app.accounts.AccountToOpen;
import ledger.app.batch.CreditEvents.Credit;
import ledger.app.http.LedgerHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The operators' and cron's way in (docs/operations.md): {@code java -jar ledger-app.jar
 * --ledger.batch.command=monthly-credits --region=... --period=... --roster=...} runs one batch against
 * the data directory without a web server and exits 0 when it completed and the read models show it (ADR 25),
 * non-zero when it did not. It opens
 * the database file itself, so it runs while the service is stopped; beside a running service it exits
 * non-zero and names the HTTP API to use instead.
 */
class BatchCommandLineIT {

    private static final String REGION = "WUHAN";
    private static final String PERIOD = "2022-11";
    /** Before Wuhan's cutover (2023-01-01): every credit lands in the withdrawable pot. */
    private static final String ALLOCATION_DATE = "2022-12-05";

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void theBatchCommandCreditsTheRosterAndRetireesAndExitsZeroAndAMissingRosterExitsNonZeroCreditingNothing() {
        assumeTrue(Files.isRegularFile(LedgerProcess.jar()), LedgerProcess::missingJarMessage);
        Path dataDir = DataDirectories.fresh("command-line");
        String employee = "wuhan-cli-employee-1";
        String otherEmployee = "wuhan-cli-employee-2";
        String flexibleEmployee = "wuhan-cli-flexible-employee";
        String retiree = "wuhan-cli-retiree";
        String flexibleRetiree = "wuhan-cli-flexible-retiree";

        Roster roster = new Roster();
        roster.line(employee, PERIOD, "7000.00", "2022-11-15");
        roster.line(otherEmployee, PERIOD, "4321.25", "2022-11-15"); // 86.425 rounds half up
        int refusedLine = roster.line(flexibleEmployee, PERIOD, "3000.00", "2022-11-15");
        Path rosterFile = roster.writeTo(DataDirectories.fresh("command-line-roster").resolve("roster.csv"));
        Path missingRoster = rosterFile.resolveSibling("roster-that-never-came.csv");

        try (LedgerProcess service = LedgerProcess.server("prepare", dataDir)) {
            service.awaitReady(Duration.ofSeconds(180));
            AccountSteps accounts = new AccountSteps(LedgerHttp.onPort(service.port()));
            accounts.opened(new AccountToOpen(employee, REGION, "EMPLOYEE", "1980-01-01", "2015-01-01", null, null));
            accounts.opened(new AccountToOpen(otherEmployee, REGION, "EMPLOYEE", "1981-01-01", "2015-01-01", null,
                    null));
            accounts.opened(new AccountToOpen(flexibleEmployee, REGION, "FLEXIBLE_EMPLOYEE", "1990-01-01",
                    "2018-01-01", null, null));
            accounts.opened(new AccountToOpen(retiree, REGION, "RETIREE", "1950-01-01", "2010-01-01", "2009-12-31",
                    null));
            accounts.opened(new AccountToOpen(flexibleRetiree, REGION, "FLEXIBLE_RETIREE", "1957-01-01",
                    "2017-02-01", null, null));
            try (LedgerProcess beside = LedgerProcess.command("beside-the-service", dataDir, arguments(rosterFile))) {
                int exitCode = beside.exitCode(Duration.ofMinutes(3));
                assertThat(exitCode).as("exit code of a run beside the service%n%s", beside.logTail()).isNotZero();
                assertThat(beside.logText()).contains("open in another process")
                        .contains("POST /api/v1/batches/monthly-credits");
            }
            service.stop();
        }

        try (LedgerProcess missing = LedgerProcess.command("missing-roster", dataDir, arguments(missingRoster))) {
            int exitCode = missing.exitCode(Duration.ofMinutes(3));
            assertThat(exitCode).as("exit code of a run without its roster%n%s", missing.logTail()).isNotZero();
            assertThat(missing.logText()).contains(missingRoster.getFileName().toString());
        }
        JdbcTemplate jdbc = CreditEvents.h2(dataDir);
        assertThat(CreditEvents.after(jdbc, 0)).as("credits after the failed run").isEmpty();

        long batchId;
        try (LedgerProcess run = LedgerProcess.command("monthly-credits", dataDir, arguments(rosterFile))) {
            int exitCode = run.exitCode(Duration.ofMinutes(3));
            assertThat(exitCode).as("exit code of the run%n%s", run.logTail()).isZero();
            List<Map<String, Object>> executions = jdbc.queryForList(
                    "SELECT JOB_EXECUTION_ID, STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID");
            assertThat(executions).as("job executions").hasSize(2);
            assertThat(executions.get(0).get("STATUS")).isEqualTo("FAILED");
            assertThat(executions.get(1).get("STATUS")).isEqualTo("COMPLETED");
            batchId = ((Number) executions.get(1).get("JOB_EXECUTION_ID")).longValue();
            assertThat(run.logText()).as("the run's report in its log").contains("batch " + batchId + " ended COMPLETED")
                    .contains("line=" + refusedLine).contains("credits no FLEXIBLE_EMPLOYEE");
        }

        List<Credit> credits = CreditEvents.after(jdbc, 0);
        assertThat(credits).as("credits").hasSize(4)
                .allSatisfy(credit -> {
                    assertThat(credit.actor()).isEqualTo("command-line (batch " + batchId + ")");
                    assertThat(credit.period()).isEqualTo(PERIOD);
                    assertThat(credit.pot()).isEqualTo("WITHDRAWABLE");
                    assertThat(credit.payload().path("allocationDate").asText()).isEqualTo(ALLOCATION_DATE);
                    assertThat(credit.balanceAfter("WITHDRAWABLE")).isEqualByComparingTo(credit.amount());
                    assertThat(credit.balanceAfter("EARMARKED")).isEqualByComparingTo("0.00");
                });
        Map<String, List<Credit>> byPerson = CreditEvents.byPerson(credits);
        assertThat(byPerson.keySet()).containsExactlyInAnyOrder(employee, otherEmployee, retiree, flexibleRetiree);
        assertThat(byPerson.get(employee).get(0).amount()).isEqualByComparingTo("140.00");
        assertThat(byPerson.get(otherEmployee).get(0).amount()).isEqualByComparingTo("86.43");
        assertThat(byPerson.get(retiree).get(0).amount()).isEqualByComparingTo("83.00");
        assertThat(byPerson.get(flexibleRetiree).get(0).amount()).isEqualByComparingTo("66.00");
        assertThat(byPerson).doesNotContainKey(flexibleEmployee);
        byPerson.forEach((person, credited) -> assertThat(jdbc.queryForObject(
                "SELECT withdrawable_fen FROM account_view WHERE person_id = ?", Long.class, person))
                .as("the read models show the credit of %s once the command has exited 0", person)
                .isEqualTo(credited.get(0).amount().movePointRight(2).longValueExact()));
    }

    private static String[] arguments(Path roster) {
        return new String[] {"--ledger.batch.command=monthly-credits", "--region=" + REGION, "--period=" + PERIOD,
                "--roster=" + roster, "--allocation-date=" + ALLOCATION_DATE};
    }
}
