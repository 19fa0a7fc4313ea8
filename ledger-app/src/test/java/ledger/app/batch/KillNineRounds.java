package ledger.app.batch;

import static ledger.app.http.LedgerUser.AUDITOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import ledger.app.accounts.AccountSteps;
import ledger.app.accounts.AccountToOpen;
import ledger.app.audit.ProjectionStatus;
import ledger.app.batch.BatchSteps.Report;
import ledger.app.http.LedgerHttp;
import ledger.app.payments.PaymentSteps;
import ledger.app.payments.PaymentToMake;

/**
 * One ledger's life of many kill -9s over one database: each round sends payments, kills the process
 * at a random moment of a payment load, a monthly run or a rebuild of the read models, starts a new
 * process on the same database and checks what it holds against what was acknowledged before the kill.
 */
final class KillNineRounds {

    /** What the ledger was doing when it was killed; the rounds take them in turn. */
    enum Moment { PAYMENTS, MONTHLY_BATCH, REBUILD }

    private static final int PAYERS = 3;
    private static final String OPENING_BALANCE = "100000.00";
    /** Fifteen chunks of twenty: the kill lands after the first commits, long before the last. */
    private static final int EMPLOYEES = 300;
    private static final String CHUNKS_OF_20 = "--ledger.batch.chunk-size=20";
    /** Read models updated five events a transaction: a rebuild then lasts long enough to be killed mid-way. */
    private static final String SMALL_PROJECTION_BATCHES = "--axon.eventhandling.processors.account-read-models.batch-size=5";
    private static final Duration START = Duration.ofSeconds(180);
    private static final Duration BATCH_END = Duration.ofSeconds(240);
    private static final YearMonth FIRST_PERIOD = YearMonth.of(2024, 1);

    /** What one kill left to check: the payments answered or not, and the batch it interrupted. */
    private record Killed(Moment moment, List<PaymentToMake> acknowledged, List<PaymentToMake> inFlight,
                          Long batchId, YearMonth period, LoggedChunk lastLogged) {
    }

    private final Path dataDir;
    private final List<String> database;
    private final Random random;
    private final List<String> payers = new ArrayList<>();
    private final List<String> employees = WuhanEmployees.named("kill-" + UUID.randomUUID().toString()
            .substring(0, 8), EMPLOYEES);
    private final Map<String, PaymentToMake> applied = new LinkedHashMap<>();
    private final List<YearMonth> periodsCredited = new ArrayList<>();
    private final List<Long> startMillis = new ArrayList<>();
    private LedgerProcess ledger;
    private LedgerHttp http;

    /** {@code database}: further arguments that point the ledger at its database (none: H2 under the data dir). */
    KillNineRounds(Path dataDir, List<String> database, long seed) {
        this.dataDir = dataDir;
        this.database = database;
        this.random = new Random(seed);
    }

    /** Kills the ledger {@code kills} times, checking after each restart; stops the last one gracefully. */
    void run(int kills) throws Exception {
        start();
        openAccounts();
        try {
            for (int kill = 1; kill <= kills; kill++) {
                Killed killed = killDuring(Moment.values()[(kill - 1) % Moment.values().length]);
                start();
                expectSurvived(killed);
                System.out.printf("kill %d of %d during %s: %d payments acknowledged, %d in flight%s%n", kill, kills,
                        killed.moment(), killed.acknowledged().size(), killed.inFlight().size(),
                        killed.batchId() == null ? "" : ", batch at " + killed.lastLogged().credited() + " credited");
            }
            expectEverything();
            ledger.stop();
        } finally {
            ledger.close();
        }
        System.out.printf("%d kills, %d payments applied, %d monthly runs, starts in ms %s%n",
                kills, applied.size(), periodsCredited.size(), startMillis);
    }

    private void start() {
        List<String> arguments = new ArrayList<>(database);
        arguments.addAll(List.of(CHUNKS_OF_20, SMALL_PROJECTION_BATCHES));
        long started = System.nanoTime();
        ledger = LedgerProcess.server("start-" + (startMillis.size() + 1), dataDir, arguments.toArray(String[]::new))
                .awaitReady(START);
        startMillis.add(Duration.ofNanos(System.nanoTime() - started).toMillis());
        http = LedgerHttp.onPort(ledger.port());
    }

    private void openAccounts() throws Exception {
        AccountSteps accounts = new AccountSteps(http);
        for (int i = 0; i < PAYERS; i++) {
            payers.add(accounts.opened(new AccountToOpen(AccountToOpen.newPersonId("payer"), "BEIJING", "EMPLOYEE",
                    "1980-05-20", "2022-01-10", null, OPENING_BALANCE)));
        }
        WuhanEmployees.open(http, employees);
    }

    private Killed killDuring(Moment moment) throws Exception {
        Long batchId = null;
        YearMonth period = null;
        LoggedChunk lastLogged = null;
        PaymentLoad load = PaymentLoad.start(http, payers, random.nextLong());
        try {
            assertThat(load.awaitAcknowledged(1, Duration.ofSeconds(60)))
                    .as("a payment acknowledged within 60 s: %s%n%s", load.unexpected(), ledger.logTail()).isTrue();
            switch (moment) {
                case PAYMENTS -> BatchSteps.pause(100 + random.nextInt(1_400));
                case MONTHLY_BATCH -> {
                    period = FIRST_PERIOD.plusMonths(periodsCredited.size());
                    BatchSteps batches = new BatchSteps(http, ledger.port());
                    batchId = batches.started(WuhanEmployees.roster(employees, period.toString()),
                            WuhanEmployees.REGION, period.toString(), null, period.plusMonths(1).atDay(5).toString());
                    lastLogged = awaitCommittedChunk(batches, batchId);
                    BatchSteps.pause(random.nextInt(200));
                }
                case REBUILD -> {
                    new ProjectionStatus(http).rebuild().expectJson(202);
                    awaitReplay();
                    BatchSteps.pause(random.nextInt(50));
                }
                default -> throw new IllegalStateException(moment.toString());
            }
            JsonNode projection = new ProjectionStatus(http).readModels();
            ledger.kill();
            assertThat(moment != Moment.REBUILD || replaying(projection))
                    .as("the rebuild still replaying at the kill: %s", projection).isTrue();
        } finally {
            load.close();
        }
        assertThat(load.unexpected()).as("answers other than 201 to the payments").isEmpty();
        return new Killed(moment, load.acknowledged(), load.inFlight(), batchId, period, lastLogged);
    }

    /** Polls the read models' processor until it replays: a rebuild first shuts it down and resets it. */
    private void awaitReplay() {
        ProjectionStatus projections = new ProjectionStatus(http);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonNode status = projections.readModels();
        while (!replaying(status)) {
            assertThat(System.nanoTime()).as("the rebuild replaying within 30 s: %s", status).isLessThan(deadline);
            BatchSteps.pause(5);
            status = projections.readModels();
        }
    }

    private static boolean replaying(JsonNode status) {
        return status.path("replaying").asBoolean() && status.path("position").asLong(-1)
                < status.path("headPosition").asLong();
    }

    /** Polls until the ledger logged the run's first committed chunk while the run still runs. */
    private LoggedChunk awaitCommittedChunk(BatchSteps batches, long batchId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<LoggedChunk> logged = LoggedChunk.first(ledger, batchId);
            if (logged.isPresent()) {
                return logged.get();
            }
            Report report = Report.of(batches.report(batchId).expectJson(200));
            if (!"RUNNING".equals(report.status())) {
                return fail("batch %d ended (%s) before it could be killed; make the roster longer:%n%s", batchId,
                        report, ledger.logTail());
            }
            BatchSteps.pause(10);
        }
        return fail("no chunk of batch %d was logged as committed within 120 s:%n%s", batchId, ledger.logTail());
    }

    /** After the restart: what was acknowledged is there, once; what was in flight is applied once when resent. */
    private void expectSurvived(Killed killed) {
        new ProjectionStatus(http).awaitDone();
        PaymentSteps payments = new PaymentSteps(http);
        for (PaymentToMake payment : killed.acknowledged()) {
            expectStored(payments, payment);
            applied.put(payment.paymentId(), payment);
        }
        for (PaymentToMake payment : killed.inFlight()) {
            int first = payments.pay(payment).status();
            assertThat(first).as("payment %s resent after the kill", payment.paymentId()).isIn(200, 201);
            payments.pay(payment).expectJson(200);
            applied.put(payment.paymentId(), payment);
        }
        new ProjectionStatus(http).awaitDone();
        expectNothingParked(killed);
        payers.forEach(this::expectPayerBalance);
        if (killed.batchId() != null) {
            expectBatchResumed(killed);
        }
    }

    /** A parked event would keep every later start out of service (readiness): it fails the round that parked it. */
    private void expectNothingParked(Killed killed) {
        JsonNode parked = new ProjectionStatus(http).deadLetters().expectJson(200).node("deadLetters");
        assertThat(parked).as("events parked after the kill during %s:%n%s", killed.moment(), ledger.logTail())
                .isEmpty();
    }

    private static void expectStored(PaymentSteps payments, PaymentToMake payment) {
        payments.payment(payment.paymentId()).expectJson(200).expectFields("paymentId", payment.paymentId(),
                "settlement.accountPaid", payment.amount());
    }

    private void expectPayerBalance(String payer) {
        BigDecimal paid = applied.values().stream().filter(payment -> payment.personId().equals(payer))
                .map(payment -> new BigDecimal(payment.amount())).reduce(BigDecimal.ZERO, BigDecimal::add);
        String left = new BigDecimal(OPENING_BALANCE).subtract(paid).toPlainString();
        new AccountSteps(http).expectBalance(payer, left, "0.00", left);
        expectIntact(payer);
    }

    /**
     * The chunk the ledger logged as committed before the kill is still committed, its credits are
     * stored, and the restarted run credits everybody else, nobody twice.
     */
    private void expectBatchResumed(Killed killed) {
        BatchSteps batches = new BatchSteps(http, ledger.port());
        Report afterKill = Report.of(batches.report(killed.batchId()).expectJson(200));
        assertThat(afterKill.status()).as("the killed run, which must have been killed mid-way: %s", afterKill)
                .isEqualTo("RUNNING");
        assertThat(afterKill.credited()).as("credited after the kill; before it the ledger logged: %s",
                killed.lastLogged().line()).isGreaterThanOrEqualTo(killed.lastLogged().credited());
        String lastAcknowledged = employees.get((int) killed.lastLogged().credited() - 1);
        assertThat(AuditedHistory.credits(http, lastAcknowledged, killed.period().toString()))
                .as("credits of %s, the last person the ledger logged credited before the kill", lastAcknowledged)
                .hasSize(1);
        Report resumed = batches.awaitEnd(batches.restarted(killed.batchId()), BATCH_END);
        assertThat(resumed.status()).as("the resumed run %s%n%s", resumed, ledger.logTail()).isEqualTo("COMPLETED");
        assertThat(List.of(resumed.credited(), resumed.skipped(), resumed.rejected()))
                .as("credited, skipped, rejected in %s", resumed).containsExactly((long) EMPLOYEES, 0L, 0L);
        BigDecimal expected = IntStream.range(0, EMPLOYEES).mapToObj(WuhanEmployees::credit)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(resumed.totalAmount()).as("total of %s", resumed).isEqualByComparingTo(expected);
        periodsCredited.add(killed.period());
    }

    /** At the end: every payment ever applied, every employee credited once a period, the regions reconciled. */
    private void expectEverything() {
        new ProjectionStatus(http).awaitDone();
        PaymentSteps payments = new PaymentSteps(http);
        applied.values().forEach(payment -> expectStored(payments, payment));
        payers.forEach(this::expectPayerBalance);
        AccountSteps accounts = new AccountSteps(http);
        for (int i = 0; i < EMPLOYEES; i++) {
            String credited = WuhanEmployees.credit(i).multiply(BigDecimal.valueOf(periodsCredited.size()))
                    .toPlainString();
            accounts.expectBalance(employees.get(i), "0.00", credited, credited);
        }
        IntStream.iterate(0, i -> i < EMPLOYEES, i -> i + 37).forEach(i -> expectIntact(employees.get(i)));
        expectIntact(employees.get(EMPLOYEES - 1));
        for (String region : List.of("BEIJING", WuhanEmployees.REGION)) {
            http.as(AUDITOR).get("/api/v1/audit/regions/" + region + "/fund-totals").expectJson(200)
                    .expectField("reconciles", "true");
        }
    }

    private void expectIntact(String personId) {
        JsonNode verification = AuditedHistory.verification(http, personId);
        assertThat(verification.path("hashChainIntact").asBoolean()).as("%s of %s", verification, personId).isTrue();
        assertThat(verification.path("projectionMatchesReplay").asBoolean()).as("%s of %s", verification, personId)
                .isTrue();
    }
}
