package ledger.app.batch;

import static ledger.app.http.LedgerUser.AUDITOR;
import static ledger.app.http.LedgerUser.CASEWORKER;
import static ledger.app.http.LedgerUser.OPERATOR;
import static ledger.app.http.LedgerUser.SETTLEMENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import ledger.app.accounts.AccountToOpen;
import ledger.app.accounts.ReadModelCatchUp;
import ledger.app.batch.BatchSteps.Reject;
import ledger.app.batch.BatchSteps.Report;
import ledger.app.batch.CreditEvents.Credit;
import ledger.app.http.HttpAnswer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The monthly crediting run over HTTP (api-contract "Operations" and "Roster CSV", domain-rules §2,
 * ADR 0008), judged by the events it wrote and the balances it left, not only by its report.
 *
 * <p>The application is shared with the other API tests, and a run credits every open retiree of
 * its region, the other tests' retirees too. So each test asserts exactly on its own accounts, and on
 * the whole report only through what holds whoever else is in the region: every line and retiree read
 * is counted once, and the report's totals equal the MonthlyCreditPosted events the run wrote (found
 * in the event table by the actor {@code "operator (batch <id>)"}). Each test uses periods no other
 * test of this class uses.
 */
class MonthlyCreditBatchApiTest extends BatchApiTest {

    private static final String SHANGHAI = "SHANGHAI";
    private static final String WUHAN = "WUHAN";
    private static final String SHANGHAI_ACTIVE = "SHANGHAI-ACTIVE-2PCT";
    private static final String SHANGHAI_RETIREE = "SHANGHAI-RETIREE-FIXED";

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ReadModelCatchUp catchUp;

    // ---------------------------------------------------------------------------------------------
    // A mixed roster

    @Test
    void aMixedRosterCreditsEachGoodLineRejectsEachBadLineWithItsNumberAndCreditsRetireesByPolicy() {
        Mixed mixed = mixedShanghaiRoster("2024-09", "2024-10-05");
        long mark = CreditEvents.lastGlobalIndex(jdbc);
        long retireesToRead = openRetireesUnderRetireeRules(SHANGHAI, mixed.period);

        Report report = batches.completed(mixed.roster, SHANGHAI, mixed.period, null, mixed.allocationDate);

        List<Credit> written = CreditEvents.writtenBy(CreditEvents.after(jdbc, mark), report.batchId());
        assertThat(report.dryRun()).as("dryRun of %s", report).isFalse();
        assertThat(report.answer().node("region").asText()).isEqualTo(SHANGHAI);
        assertThat(report.answer().node("period").asText()).isEqualTo(mixed.period);
        assertThat(report.read()).as("read: every roster line and every open retiree of the region, in %s", report)
                .isEqualTo(mixed.roster.dataLines() + retireesToRead);
        expectLineRejects(report, mixed.rejects);
        assertThat(report.rejects()).as("rejects naming this test's retirees in %s", report)
                .filteredOn(reject -> reject.line() == 0 && mixed.all().contains(reject.personId())).isEmpty();
        expectReportEqualsTheEventsItWrote(report, written, mixed.period);
        mixed.expectCredited(report.batchId(), written);
    }

    @Test
    void aWuhanRunRefusesFlexibleEmployeesAndCreditsRetireesAndFlexibleRetireesToTheWithdrawablePotBeforeTheCutover() {
        String period = "2022-11";
        String allocationDate = "2022-12-05"; // before Wuhan's cutover 2023-01-01: the withdrawable pot
        String employee = open(WUHAN, "EMPLOYEE", "1975-03-03", "2015-01-01", null);
        String flexibleEmployee = open(WUHAN, "FLEXIBLE_EMPLOYEE", "1985-04-04", "2016-01-01", null);
        String retiree = open(WUHAN, "RETIREE", "1950-05-05", "2012-01-01", "2010-05-31");
        String flexibleRetiree = open(WUHAN, "FLEXIBLE_RETIREE", "1958-06-06", "2018-07-01", null);
        Roster roster = new Roster();
        roster.line(employee, period, "7000.00", "2022-11-18");
        int refusedLine = roster.line(flexibleEmployee, period, "4000.00", "2022-11-18");
        long mark = CreditEvents.lastGlobalIndex(jdbc);
        long retireesToRead = openRetireesUnderRetireeRules(WUHAN, period);

        Report report = batches.completed(roster, WUHAN, period, null, allocationDate);

        List<Credit> written = CreditEvents.writtenBy(CreditEvents.after(jdbc, mark), report.batchId());
        assertThat(report.read()).as("read of %s", report).isEqualTo(roster.dataLines() + retireesToRead);
        expectLineRejects(report, List.of(new ExpectedReject(refusedLine, flexibleEmployee,
                "credits no FLEXIBLE_EMPLOYEE")));
        expectReportEqualsTheEventsItWrote(report, written, period);
        assertThat(report.withdrawable()).as("withdrawable total of %s", report)
                .isGreaterThanOrEqualTo(new BigDecimal("289.00"));
        expectCreditedOnce(written, report.batchId(), employee, period, "140.00", "WITHDRAWABLE", "WUHAN-EMPLOYEE-2PCT");
        expectCreditedOnce(written, report.batchId(), retiree, period, "83.00", "WITHDRAWABLE", "WUHAN-RETIREE-FIXED");
        expectCreditedOnce(written, report.batchId(), flexibleRetiree, period, "66.00", "WITHDRAWABLE",
                "WUHAN-FLEXIBLE-RETIREE-FIXED");
        expectNotCredited(written, flexibleEmployee, period);
        catchUp.awaitAccounts(List.of(employee, flexibleEmployee, retiree, flexibleRetiree));
        accounts.expectBalance(employee, "140.00", "0.00", "140.00");
        accounts.expectBalance(retiree, "83.00", "0.00", "83.00");
        accounts.expectBalance(flexibleRetiree, "66.00", "0.00", "66.00");
        accounts.expectBalance(flexibleEmployee, "0.00", "0.00", "0.00");
    }

    // ---------------------------------------------------------------------------------------------
    // Dry run and repeat

    @Test
    void aDryRunForetellsTheRealRunExactlyAndStoresNothingAndARepeatedRunCreditsNothingNew() {
        Mixed mixed = mixedShanghaiRoster("2024-10", "2024-11-05");
        Map<String, Integer> eventsBefore = eventCounts(mixed.all());
        long beforeDryRun = CreditEvents.lastGlobalIndex(jdbc);

        Report dry = batches.completed(mixed.roster, SHANGHAI, mixed.period, true, mixed.allocationDate);

        assertThat(dry.dryRun()).as("dryRun of %s", dry).isTrue();
        assertThat(CreditEvents.eventsAfter(jdbc, beforeDryRun)).as("events stored by the dry run %s", dry).isZero();
        assertThat(eventCounts(mixed.all())).as("events per account after the dry run").isEqualTo(eventsBefore);
        mixed.all().forEach(person -> accounts.expectBalance(person, "0.00", "0.00", "0.00"));
        assertThat(dry.credited()).as("credited by %s", dry).isGreaterThanOrEqualTo(mixed.credited.size());
        expectLineRejects(dry, mixed.rejects);

        long beforeRealRun = CreditEvents.lastGlobalIndex(jdbc);
        Report real = batches.completed(mixed.roster, SHANGHAI, mixed.period, false, mixed.allocationDate);

        assertThat(real.dryRun()).isFalse();
        assertThat(real.outcome()).as("the real run %s against the dry run %s", real, dry).isEqualTo(dry.outcome());
        List<Credit> written = CreditEvents.writtenBy(CreditEvents.after(jdbc, beforeRealRun), real.batchId());
        expectReportEqualsTheEventsItWrote(real, written, mixed.period);
        mixed.expectCredited(real.batchId(), written);
        Map<String, Integer> eventsAfterRealRun = eventCounts(mixed.all());

        long beforeRepeat = CreditEvents.lastGlobalIndex(jdbc);
        Report repeat = batches.completed(mixed.roster, SHANGHAI, mixed.period, false, mixed.allocationDate);

        assertThat(repeat.batchId()).isNotEqualTo(real.batchId());
        assertThat(repeat.credited()).as("credited by the repeat %s", repeat).isZero();
        assertThat(repeat.skipped()).as("skipped by the repeat %s", repeat)
                .isEqualTo(real.credited() + real.skipped());
        assertThat(repeat.rejected()).as("rejected by the repeat %s", repeat).isEqualTo(real.rejected());
        assertThat(repeat.lineRejects()).isEqualTo(real.lineRejects());
        assertThat(repeat.read()).isEqualTo(real.read());
        assertThat(repeat.totalAmount()).isEqualByComparingTo("0.00");
        assertThat(repeat.withdrawable()).isEqualByComparingTo("0.00");
        assertThat(repeat.earmarked()).isEqualByComparingTo("0.00");
        assertThat(CreditEvents.eventsAfter(jdbc, beforeRepeat)).as("events stored by the repeat %s", repeat).isZero();
        assertThat(eventCounts(mixed.all())).isEqualTo(eventsAfterRealRun);
        mixed.expectCredited(real.batchId(), written);
    }

    /**
     * A retiree whose contribution line is in the roster anyway is credited once by the roster step;
     * the retiree step then finds the period credited. A dry run stores nothing, so its retiree step
     * "credits" the same person again: it must still foretell the real run.
     */
    @Test
    void aDryRunCountsARetireeWhoHasARosterLineOnceAsTheRealRunDoes() {
        String period = "2024-12";
        String allocationDate = "2025-01-05";
        String employee = open(SHANGHAI, "EMPLOYEE", "1982-02-02", "2015-01-01", null);
        String retireeWithLine = open(SHANGHAI, "RETIREE", "1955-01-15", "2015-01-01", "2014-12-31");
        Roster roster = new Roster();
        roster.line(employee, period, "5000.00", "2024-12-20");
        roster.line(retireeWithLine, period, "5000.00", "2024-12-20");

        Report dry = batches.completed(roster, SHANGHAI, period, true, allocationDate);
        long beforeRealRun = CreditEvents.lastGlobalIndex(jdbc);
        Report real = batches.completed(roster, SHANGHAI, period, false, allocationDate);

        List<Credit> written = CreditEvents.writtenBy(CreditEvents.after(jdbc, beforeRealRun), real.batchId());
        expectCreditedOnce(written, real.batchId(), employee, period, "100.00", "EARMARKED", SHANGHAI_ACTIVE);
        expectCreditedOnce(written, real.batchId(), retireeWithLine, period, "140.00", "EARMARKED", SHANGHAI_RETIREE);
        expectReportEqualsTheEventsItWrote(real, written, period);
        assertThat(real.outcome())
                .as("the dry run must foretell the real run; a retiree with a roster line is credited once, "
                        + "then skipped by the retiree step.%n real: %s%n dry:  %s", real, dry)
                .isEqualTo(dry.outcome());
    }

    // ---------------------------------------------------------------------------------------------
    // What a run of one region must not do

    /** A region's run pays from that region's fund: a person insured elsewhere is not its to credit. */
    @Test
    void aRosterLineOfAPersonInsuredInAnotherRegionIsRejectedAndNotCredited() {
        String period = "2025-01";
        String shanghaiEmployee = open(SHANGHAI, "EMPLOYEE", "1983-03-03", "2015-01-01", null);
        String beijingEmployee = open("BEIJING", "EMPLOYEE", "1984-04-04", "2015-01-01", null);
        Roster roster = new Roster();
        roster.line(shanghaiEmployee, period, "5000.00", "2025-01-20");
        int foreignLine = roster.line(beijingEmployee, period, "5000.00", "2025-01-20");
        long mark = CreditEvents.lastGlobalIndex(jdbc);

        Report report = batches.completed(roster, SHANGHAI, period, null, "2025-02-05");

        List<Credit> written = CreditEvents.writtenBy(CreditEvents.after(jdbc, mark), report.batchId());
        expectCreditedOnce(written, report.batchId(), shanghaiEmployee, period, "100.00", "EARMARKED", SHANGHAI_ACTIVE);
        assertThat(written).as("a SHANGHAI run must not credit %s, insured in BEIJING; report %s",
                beijingEmployee, report).noneMatch(credit -> credit.personId().equals(beijingEmployee));
        expectLineRejects(report, List.of(new ExpectedReject(foreignLine, beijingEmployee, "BEIJING")));
    }

    /** A region's monthly roster has a line per insured employee: far more than Spring's 1 MB default. */
    @Test
    void aRosterOfMoreThanOneMegabyteIsAccepted() {
        Roster roster = new Roster();
        String padding = "x".repeat(200);
        for (int i = 0; i < 5_000; i++) {
            roster.raw("tongliao-big-" + i + ",2024-07,5000.00,2024-07-20," + padding);
        }
        assertThat(roster.text().getBytes(StandardCharsets.UTF_8).length).isGreaterThan(1_100_000);
        long mark = CreditEvents.lastGlobalIndex(jdbc);

        Report report = batches.completed(roster, "TONGLIAO", "2024-07", true, "2024-08-05");

        assertThat(report.read()).as("lines read of %s", report).isGreaterThanOrEqualTo(5_000);
        assertThat(report.lineRejects()).as("the report lists the first 1,000 of %s", report).hasSize(1_000)
                .allSatisfy(reject -> assertThat(reject.reason()).contains("this one has 5"));
        assertThat(CreditEvents.eventsAfter(jdbc, mark)).isZero();
    }

    // ---------------------------------------------------------------------------------------------
    // Access and input

    @Test
    void onlyAnOperatorStartsFollowsOrRestartsABatch() {
        Roster roster = new Roster();
        roster.line("tongliao-nobody", "2024-06", "5000.00", "2024-06-20");
        long executionsBefore = jobExecutions();

        batches.upload().upload(null, roster.text(), "TONGLIAO", "2024-06", true, null)
                .expectProblem(401, "authentication-required", "credentials");
        for (var user : List.of(CASEWORKER, SETTLEMENT, AUDITOR)) {
            batches.upload().upload(user, roster.text(), "TONGLIAO", "2024-06", true, null)
                    .expectProblem(403, "role-not-allowed", "role");
        }
        assertThat(jobExecutions()).as("batches started by refused requests").isEqualTo(executionsBefore);

        Report report = batches.completed(roster, "TONGLIAO", "2024-06", true, "2024-07-05");
        String batch = BatchSteps.BATCHES + "/" + report.batchId();
        http.anonymous().get(batch).expectProblem(401, "authentication-required", "credentials");
        http.as(CASEWORKER).get(batch).expectProblem(403, "role-not-allowed", "role");
        http.as(AUDITOR).get(batch).expectProblem(403, "role-not-allowed", "role");
        http.as(CASEWORKER).post(batch + "/restart").expectProblem(403, "role-not-allowed", "role");
        http.as(OPERATOR).post(batch + "/restart").expectProblem(409, "batch-completed", "completed");
        http.as(OPERATOR).get(BatchSteps.BATCHES + "/987654321").expectProblem(404, "unknown-batch", "987654321");
        http.as(OPERATOR).post(BatchSteps.BATCHES + "/987654321/restart").expectProblem(404, "unknown-batch", "987654321");
    }

    @Test
    void aRequestWithoutRegionPeriodOrRosterOrWithAnUnknownRegionIsRefusedWith400AndStartsNothing() {
        Roster roster = new Roster();
        roster.line("shanghai-nobody", "2024-06", "5000.00", "2024-06-20");
        byte[] file = roster.text().getBytes(StandardCharsets.UTF_8);
        long executionsBefore = jobExecutions();

        upload(file, "region", null, "period", "2024-06").expectProblem(400, "missing-parameter", "region");
        upload(file, "region", SHANGHAI, "period", null).expectProblem(400, "missing-parameter", "period");
        upload(null, "region", SHANGHAI, "period", "2024-06").expectProblem(400, "missing-parameter", "roster");
        upload(new byte[0], "region", SHANGHAI, "period", "2024-06").expectProblem(400, "empty-roster", "empty");
        upload(file, "region", "ATLANTIS", "period", "2024-06").expectProblem(400, "unknown-region", "ATLANTIS");
        upload(file, "region", SHANGHAI, "period", "2024-13").expectProblem(400, "invalid-period", "2024-13");
        upload(file, "region", SHANGHAI, "period", "2024-06", "allocationDate", "2024-02-30")
                .expectProblem(400, "invalid-parameter", "allocationDate");

        assertThat(jobExecutions()).as("batches started by refused requests").isEqualTo(executionsBefore);
    }

    // ---------------------------------------------------------------------------------------------
    // The mixed Shanghai roster

    record ExpectedReject(long line, String personId, String reasonFragment) {
    }

    record ExpectedCredit(String personId, String amount, String ruleId) {
    }

    /** Accounts of every kind a Shanghai run meets, a roster with every kind of bad line, and what must follow. */
    private final class Mixed {
        final String period;
        final String allocationDate;
        final Roster roster = new Roster();
        final List<ExpectedCredit> credited = new ArrayList<>();
        final List<String> notCredited = new ArrayList<>();
        final List<ExpectedReject> rejects = new ArrayList<>();

        Mixed(String period, String allocationDate) {
            this.period = period;
            this.allocationDate = allocationDate;
        }

        void credit(String personId, String amount, String ruleId) {
            credited.add(new ExpectedCredit(personId, amount, ruleId));
        }

        void reject(int line, String personId, String reasonFragment) {
            rejects.add(new ExpectedReject(line, personId, reasonFragment));
        }

        List<String> all() {
            return Stream.concat(credited.stream().map(ExpectedCredit::personId), notCredited.stream()).toList();
        }

        void expectCredited(long batchId, List<Credit> written) {
            credited.forEach(expected -> expectCreditedOnce(written, batchId, expected.personId(), period,
                    expected.amount(), "EARMARKED", expected.ruleId()));
            notCredited.forEach(person -> expectNotCredited(written, person, period));
            catchUp.awaitAccounts(all());
            credited.forEach(expected -> accounts.expectBalance(expected.personId(), "0.00", expected.amount(),
                    expected.amount()));
            notCredited.forEach(person -> accounts.expectBalance(person, "0.00", "0.00", "0.00"));
        }
    }

    private Mixed mixedShanghaiRoster(String period, String allocationDate) {
        YearMonth month = YearMonth.parse(period);
        String collectedOn = month.atDay(20).toString();
        Mixed mixed = new Mixed(period, allocationDate);
        Roster roster = mixed.roster;

        String employee = employee();
        roster.line(employee, period, "12345.67", collectedOn);
        mixed.credit(employee, "246.91", SHANGHAI_ACTIVE);

        String halfFen = employee();
        roster.line(halfFen, period, "8000.25", collectedOn); // 160.005 rounds half up
        mixed.credit(halfFen, "160.01", SHANGHAI_ACTIVE);

        String unknown = AccountToOpen.newPersonId("shanghai-unknown");
        mixed.reject(roster.line(unknown, period, "5000.00", collectedOn), unknown, "no personal account");

        String malformedBase = notCredited(mixed, employee());
        mixed.reject(roster.line(malformedBase, period, "abc", collectedOn), malformedBase, "\"abc\"");

        String flexibleEmployee = open(SHANGHAI, "FLEXIBLE_EMPLOYEE", "1990-07-07", "2019-03-01", null);
        roster.line(flexibleEmployee, period, "5000.00", collectedOn);
        mixed.credit(flexibleEmployee, "100.00", SHANGHAI_ACTIVE);

        String wrongPeriod = notCredited(mixed, employee());
        String later = month.plusMonths(1).toString();
        mixed.reject(roster.line(wrongPeriod, later, "5000.00", collectedOn), wrongPeriod,
                "\"" + later + "\", after the " + period + " this run credits");

        String zeroBase = notCredited(mixed, employee());
        mixed.reject(roster.line(zeroBase, period, "0.00", collectedOn), zeroBase, "above 0.00");

        String badDate = notCredited(mixed, employee());
        mixed.reject(roster.line(badDate, period, "5000.00", period + "-32"), badDate, period + "-32");

        mixed.reject(roster.line(employee, period, "99999.00", collectedOn), employee, "duplicate line");

        String closedEmployee = notCredited(mixed, employee());
        accounts.close(closedEmployee, "OTHER_SCHEME", month.minusMonths(1).atEndOfMonth().toString(), null)
                .expectJson(200);
        mixed.reject(roster.line(closedEmployee, period, "5000.00", collectedOn), closedEmployee, "closed");

        String tooFewFields = notCredited(mixed, employee());
        mixed.reject(roster.raw(tooFewFields + "," + period + ",5000.00"), tooFewFields, "this one has 3");

        mixed.reject(roster.raw("," + period + ",5000.00," + collectedOn), "", "personId is empty");

        // retired within the period: retiree rules apply from the next month, so the line credits 2%
        String retiredInPeriod = open(SHANGHAI, "RETIREE", "1964-09-10", "2000-01-01", month.atDay(10).toString());
        roster.line(retiredInPeriod, period, "6000.00", collectedOn);
        mixed.credit(retiredInPeriod, "120.00", SHANGHAI_ACTIVE);

        // retirees need no line; bands by completed years in the period's month (74 and under / 75 and over)
        YearMonth born75YearsBefore = month.minusYears(75);
        String retiree74 = open(SHANGHAI, "RETIREE", born75YearsBefore.plusMonths(1).atDay(1).toString(),
                "2010-01-01", "2009-12-31");
        mixed.credit(retiree74, "140.00", SHANGHAI_RETIREE);
        String retiree75 = open(SHANGHAI, "RETIREE", born75YearsBefore.atDay(28).toString(), "2010-01-01", null);
        mixed.credit(retiree75, "157.50", SHANGHAI_RETIREE);
        String flexibleRetiree = open(SHANGHAI, "FLEXIBLE_RETIREE", "1955-03-01", "2015-06-01", null);
        mixed.credit(flexibleRetiree, "140.00", SHANGHAI_RETIREE);

        String closedRetiree = notCredited(mixed, open(SHANGHAI, "RETIREE", "1950-02-02", "2010-01-01", null));
        accounts.close(closedRetiree, "DECEASED", month.minusMonths(1).atEndOfMonth().toString(), null)
                .expectJson(200);
        notCredited(mixed, open(SHANGHAI, "RETIREE", "1950-03-03", month.plusMonths(1).atDay(1).toString(), null));
        return mixed;
    }

    private String employee() {
        return open(SHANGHAI, "EMPLOYEE", "1980-05-20", "2015-01-01", null);
    }

    private static String notCredited(Mixed mixed, String personId) {
        mixed.notCredited.add(personId);
        return personId;
    }

    // ---------------------------------------------------------------------------------------------
    // Shared expectations

    /** The report's rejects of roster lines are exactly these, each with its line number and reason. */
    private static void expectLineRejects(Report report, List<ExpectedReject> expected) {
        List<Reject> actual = report.lineRejects().stream().sorted(Comparator.comparingLong(Reject::line)).toList();
        List<ExpectedReject> sorted = expected.stream().sorted(Comparator.comparingLong(ExpectedReject::line)).toList();
        assertThat(actual.stream().map(reject -> reject.line() + ":" + reject.personId()))
                .as("rejected roster lines (line:personId) of %s", report)
                .containsExactlyElementsOf(sorted.stream().map(reject -> reject.line() + ":" + reject.personId())
                        .toList());
        for (int i = 0; i < sorted.size(); i++) {
            assertThat(actual.get(i).reason()).as("reason for line %d in %s", sorted.get(i).line(), report)
                    .contains(sorted.get(i).reasonFragment());
        }
    }

    /**
     * Whoever else is in the region: every item read is credited, skipped or rejected; the report
     * counts exactly the credits the run wrote and its totals per pot are their sums; one credit per
     * person, all for the run's period.
     */
    private static void expectReportEqualsTheEventsItWrote(Report report, List<Credit> written, String period) {
        assertThat(report.status()).isEqualTo("COMPLETED");
        assertThat(Instant.parse(report.answer().text("endedAt"))).as("instants in UTC with their offset in %s", report)
                .isAfterOrEqualTo(Instant.parse(report.answer().text("startedAt")));
        assertThat(report.credited() + report.skipped() + report.rejected())
                .as("credited + skipped + rejected against read in %s", report).isEqualTo(report.read());
        assertThat(report.credited()).as("credited in %s against the MonthlyCreditPosted events it wrote %s",
                report, written).isEqualTo(written.size());
        Map<String, BigDecimal> totals = CreditEvents.totalsPerPot(written);
        assertThat(report.withdrawable()).as("perPot.withdrawable of %s", report)
                .isEqualByComparingTo(totals.get("WITHDRAWABLE"));
        assertThat(report.earmarked()).as("perPot.earmarked of %s", report)
                .isEqualByComparingTo(totals.get("EARMARKED"));
        assertThat(report.totalAmount()).as("totalAmount of %s", report)
                .isEqualByComparingTo(totals.get("WITHDRAWABLE").add(totals.get("EARMARKED")));
        assertThat(written).allSatisfy(credit -> assertThat(credit.period()).isEqualTo(period));
        assertThat(CreditEvents.count(written, Credit::personId)).as("credits per person written by %s", report)
                .allSatisfy((person, count) -> assertThat(count).as(person).isEqualTo(1L));
    }

    /** One credit for the period in the event table and in the audited history, with its rule and balance. */
    private void expectCreditedOnce(List<Credit> written, long batchId, String personId, String period, String amount,
                                    String pot, String ruleId) {
        assertThat(written).as("credits of %s written by batch %d", personId, batchId)
                .filteredOn(credit -> credit.personId().equals(personId))
                .singleElement()
                .satisfies(credit -> {
                    assertThat(credit.amount()).isEqualByComparingTo(amount);
                    assertThat(credit.pot()).isEqualTo(pot);
                });
        List<JsonNode> audited = AuditedHistory.credits(http, personId, period);
        assertThat(audited).as("audited credits of %s for %s", personId, period).hasSize(1);
        JsonNode event = audited.get(0);
        assertThat(event.path("actor").asText()).isEqualTo("operator (batch " + batchId + ")");
        assertThat(event.path("payload").path("amount").asText()).isEqualTo(amount);
        assertThat(event.path("payload").path("pot").asText()).isEqualTo(pot);
        assertThat(event.path("payload").path("basis").path("ruleId").asText()).isEqualTo(ruleId);
        assertThat(event.path("balanceAfter").path("total").asText()).isEqualTo(amount);
    }

    private void expectNotCredited(List<Credit> written, String personId, String period) {
        assertThat(written).as("credits of %s", personId).noneMatch(credit -> credit.personId().equals(personId));
        assertThat(AuditedHistory.credits(http, personId, period)).as("audited credits of %s for %s", personId, period)
                .isEmpty();
    }

    // ---------------------------------------------------------------------------------------------
    // Helpers

    private String open(String region, String category, String birthDate, String openedOn, String retiredOn) {
        return accounts.opened(new AccountToOpen(AccountToOpen.newPersonId(region), region, category, birthDate,
                openedOn, retiredOn, null));
    }

    private Map<String, Integer> eventCounts(List<String> persons) {
        Map<String, Integer> counts = new HashMap<>();
        persons.forEach(person -> counts.put(person, AuditedHistory.events(http, person).size()));
        return counts;
    }

    /** The open retiree accounts a run of this region and period reads (retired before it, opened by its end). */
    private long openRetireesUnderRetireeRules(String region, String period) {
        YearMonth month = YearMonth.parse(period);
        Long count = jdbc.queryForObject("""
                SELECT COUNT(*) FROM account_view WHERE region = ? AND status = 'OPEN'
                AND category IN ('RETIREE', 'FLEXIBLE_RETIREE') AND (retired_on IS NULL OR retired_on < ?)
                AND opened_on <= ?""", Long.class, region, month.atDay(1), month.atEndOfMonth());
        return count == null ? 0 : count;
    }

    private long jobExecutions() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Long.class);
        return count == null ? 0 : count;
    }

    private HttpAnswer upload(byte[] roster, String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return batches.upload().post(OPERATOR, roster, fields);
    }
}
