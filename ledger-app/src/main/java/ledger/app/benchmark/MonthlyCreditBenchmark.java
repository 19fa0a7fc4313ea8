package ledger.app.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import ledger.app.batch.BatchLaunches;
import ledger.app.projections.ProcessorRestart;
import ledger.app.eventstore.RawEvents;
import ledger.app.projections.Projections;
import ledger.projections.account.AccountReadModelProjection;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.batch.core.JobExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monthly-batch benchmark (docs/benchmarks.md): {@code java -Xmx2g -jar ledger-app.jar
 * --ledger.benchmark.accounts=1000000 [--ledger.benchmark.months-of-history=24]
 * --ledger.data-dir=<fresh dir>}. Generates a region, then measures on this machine: the plain-JDBC
 * append ceiling, the projection's catch-up, the batch's credits per second, the time until the
 * projection shows every credit, a plain CRUD baseline, the plain-JDBC read rate and a full rebuild.
 * {@code --ledger.benchmark.rebuild=false} leaves the rebuild out: a node beside others (the batch
 * across nodes, docs/benchmarks.md) cannot reset tokens whose segments the others hold.
 */
@Component
@ConditionalOnProperty("ledger.benchmark.accounts")
class MonthlyCreditBenchmark implements ApplicationRunner, ExitCodeGenerator {

    private static final YearMonth PERIOD = YearMonth.of(2025, 6);
    private static final String REGION = "BEIJING";

    private final RawEvents rawEvents;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final BatchLaunches launches;
    private final Projections projections;
    private final EventProcessingConfiguration processing;
    private final Configuration axon;
    private final int accounts;
    private final int monthsOfHistory;
    private final boolean rebuild;
    private final List<String> report = new ArrayList<>();
    private int exitCode = 1;

    MonthlyCreditBenchmark(RawEvents rawEvents, JdbcTemplate jdbc, TransactionTemplate transactions,
                           BatchLaunches launches, Projections projections, EventProcessingConfiguration processing, Configuration axon,
                           @Value("${ledger.benchmark.accounts}") int accounts,
                           @Value("${ledger.benchmark.months-of-history:0}") int monthsOfHistory,
                           @Value("${ledger.benchmark.rebuild:true}") boolean rebuild) {
        this.rawEvents = rawEvents;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.launches = launches;
        this.projections = projections;
        this.processing = processing;
        this.axon = axon;
        this.accounts = accounts;
        this.monthsOfHistory = monthsOfHistory;
        this.rebuild = rebuild;
    }

    @Override
    public void run(ApplicationArguments arguments) throws Exception {
        print("machine: " + Runtime.getRuntime().availableProcessors() + " cores, max heap "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB, Java " + System.getProperty("java.version"));
        print("region of " + accounts + " employee accounts, " + monthsOfHistory + " months of history each");
        StreamingEventProcessor readModels = readModelProcessor();
        readModels.shutDown();
        ProcessorRestart.giveBackLostThreads(readModels);
        long events = timed("plain-JDBC append of event rows (batches of " + LedgerGenerator.BATCH + ")", "rows",
                () -> new LedgerGenerator(rawEvents, transactions, axon.eventSerializer())
                        .generate("BM", REGION, accounts, monthsOfHistory, PERIOD));
        double appendPerSecond = lastRate;
        readModels.start();
        timed("projection catching up with the generated history", "events", () -> awaitCaughtUp(events));
        Path roster = Files.createTempFile("roster-", ".csv");
        new LedgerGenerator(rawEvents, transactions, axon.eventSerializer()).writeRoster(roster, "BM", accounts, PERIOD);
        CpuTime cpu = CpuTime.start();
        long credited = timed("monthly crediting batch (roster of " + accounts + " lines)", "credits",
                () -> runBatch(roster));
        print(cpu.perItem(credited, "credit"));
        double batchPerSecond = lastRate;
        timed("projection showing every credit after the batch ended", "credits", () -> awaitCaughtUp(credited));
        double crudPerSecond = new CrudBaseline(jdbc, transactions).credits(accounts, this::timedRate);
        timed("plain-JDBC read of every event row", "rows", () -> rawEvents.readAll(1_000));
        if (rebuild) {
            rebuild(readModels);
        }
        print(String.format("batch / plain-JDBC append ceiling = %.2f; batch / CRUD baseline = %.2f",
                batchPerSecond / appendPerSecond, batchPerSecond / crudPerSecond));
        System.out.println(String.join(System.lineSeparator(), report));
        exitCode = 0;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    private void rebuild(StreamingEventProcessor readModels) throws Exception {
        long all = rawEvents.count();
        readModels.shutDown();
        ProcessorRestart.giveBackLostThreads(readModels);
        readModels.resetTokens();
        readModels.start();
        timed("rebuild of the read models (reset and replay)", "events", () -> awaitCaughtUp(all));
    }

    private long runBatch(Path roster) throws Exception {
        JobExecution execution = launches.monthlyCredits(REGION, PERIOD, roster, PERIOD.atDay(5), false,
                "benchmark", BatchLaunches.Until.RUN_ENDED);
        // read back from the job repository: a partition run on another node is not in this node's execution
        var report = launches.report(execution.getId());
        if (report.credited() != accounts) {
            throw new IllegalStateException("the batch credited " + report.credited() + " of " + accounts + ": "
                    + execution.getStatus());
        }
        return report.credited();
    }

    private long awaitCaughtUp(long count) throws InterruptedException {
        long head = rawEvents.headPosition();
        while (projections.statuses().stream().anyMatch(s -> s.position() == null || s.position() < head)) {
            Thread.sleep(200);
        }
        return count;
    }


    private StreamingEventProcessor readModelProcessor() {
        return processing.eventProcessor(AccountReadModelProjection.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow();
    }

    private double lastRate;

    interface Step {
        long run() throws Exception;
    }

    private long timed(String what, String unit, Step step) throws Exception {
        long start = System.nanoTime();
        long count = step.run();
        lastRate = timedRate(what, unit, count, System.nanoTime() - start);
        return count;
    }

    private double timedRate(String what, String unit, long count, long nanos) {
        double seconds = nanos / 1e9;
        double rate = count / seconds;
        print(String.format("%-60s %,12d %s in %8.1f s = %,10.0f %s/s", what, count, unit, seconds, rate, unit));
        return rate;
    }

    private void print(String line) {
        report.add(line);
        System.out.println("[benchmark] " + line);
    }
}
