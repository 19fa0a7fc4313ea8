package ledger.app.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.sql.DataSource;
import ledger.app.nodes.NodeName;
import org.springframework.batch.core.ChunkListener;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.item.file.builder.FlatFileItemReaderBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The monthly crediting run of one region (domain-rules §2, on the 5th): active employees from the
 * roster, then every open retiree account by policy. Each chunk's credits, counters and reader
 * position commit in one transaction, so a killed run restarts after its last chunk and a person is
 * credited at most once per period whatever happens (the account refuses a second credit).
 */
@Configuration(proxyBeanMethods = false)
class MonthlyCreditBatch {

    static final String JOB = "monthlyCredits";
    /** Lines or accounts per chunk: one transaction, one restart point (docs/operations.md). */
    private static final String CHUNK_SIZE = "${ledger.batch.chunk-size}";

    /**
     * Each step runs here, or, with {@code ledger.batch.partitions} above 1, in partitions across the nodes.
     * The run's report turns COMPLETED once the read models show its credits (ReadModelsOfRun).
     */
    @Bean
    Job monthlyCreditsJob(JobRepository jobs, Step creditRosterStep, Step creditRetireesStep,
                          ObjectProvider<PartitionedSteps> partitioned, ReadModelsOfRun readModelsOfRun) {
        UnaryOperator<Step> spread = partitioned.stream().findFirst()
                .<UnaryOperator<Step>>map(steps -> steps::across).orElse(UnaryOperator.identity());
        return new JobBuilder(JOB, jobs).start(spread.apply(creditRosterStep)).next(spread.apply(creditRetireesStep))
                .listener(new JobExecutionListener() {
                    @Override
                    public void afterJob(JobExecution execution) {
                        DryRunCredits.forget(execution.getId());
                    }
                })
                .listener(readModelsOfRun)
                .build();
    }

    @Bean
    Step creditRosterStep(JobRepository jobs, PlatformTransactionManager transactions,
                          ItemsOfPartition<RosterLine> rosterLines, RosterWriter rosterWriter,
                          BatchMetrics metrics, NodeName node, @Value(CHUNK_SIZE) int chunkSize) {
        return new StepBuilder("creditRoster", jobs)
                .<RosterLine, RosterLine>chunk(chunkSize, transactions)
                .reader(rosterLines)
                .writer(rosterWriter)
                .listener((StepExecutionListener) rosterWriter)
                .listener(new ProgressLog())
                .listener(new StepNode(node))
                .listener((StepExecutionListener) metrics)
                .listener((ChunkListener) metrics)
                .build();
    }

    @Bean
    Step creditRetireesStep(JobRepository jobs, PlatformTransactionManager transactions,
                            ItemsOfPartition<String> retireesOfRegion, RetireeWriter retireeWriter,
                            BatchMetrics metrics, NodeName node, @Value(CHUNK_SIZE) int chunkSize) {
        return new StepBuilder("creditRetirees", jobs)
                .<String, String>chunk(chunkSize, transactions)
                .reader(retireesOfRegion)
                .writer(retireeWriter)
                .listener((StepExecutionListener) retireeWriter)
                .listener(new ProgressLog())
                .listener(new StepNode(node))
                .listener((StepExecutionListener) metrics)
                .listener((ChunkListener) metrics)
                .build();
    }

    /** Reads the roster as raw fields with line numbers; the header is skipped and counted. */
    @Bean
    @StepScope
    ItemsOfPartition<RosterLine> rosterLines(@Value("#{jobParameters['roster']}") String roster,
                                             @Value("#{stepExecution}") StepExecution step) {
        Path file = Path.of(roster);
        if (!Files.isReadable(file)) {
            throw new IllegalStateException("the roster " + file + " is missing or unreadable: nothing was credited");
        }
        return CreditPartition.reading(step, new FlatFileItemReaderBuilder<RosterLine>()
                .name("rosterLines")
                .resource(new FileSystemResource(file))
                .linesToSkip(1)
                .skippedLinesCallback(MonthlyCreditBatch::checkHeader)
                .lineMapper((line, number) -> RosterLine.of(number, line))
                .saveState(true)
                .build(), RosterLine::personId);
    }

    @Bean
    @StepScope
    RosterWriter rosterWriter(ChunkCredits chunkCredits, @Value("#{jobParameters['roster']}") String roster,
                              @Value("#{stepExecution}") StepExecution step) {
        step.getExecutionContext().putLong(ProgressLog.Progress.EXPECTED, linesAfterHeader(Path.of(roster)));
        return new RosterWriter(chunkCredits);
    }

    /** Open retiree accounts, under retiree rules for the period (retired before it began), opened by then. */
    @Bean
    @StepScope
    ItemsOfPartition<String> retireesOfRegion(DataSource dataSource, JdbcTemplate jdbc,
                                                  @Value("#{jobParameters['region']}") String region,
                                                  @Value("#{jobParameters['period']}") String period,
                                                  @Value("#{stepExecution}") StepExecution step,
                                                  @Value(CHUNK_SIZE) int chunkSize) throws Exception {
        YearMonth month = YearMonth.parse(period);
        String where = "region = :region AND status = 'OPEN' AND category IN ('RETIREE', 'FLEXIBLE_RETIREE') "
                + "AND (retired_on IS NULL OR retired_on < :periodStart) AND opened_on <= :periodEnd";
        Map<String, Object> values = Map.of("region", region, "periodStart", month.atDay(1),
                "periodEnd", month.atEndOfMonth());
        step.getExecutionContext().putLong(ProgressLog.Progress.EXPECTED, jdbc.queryForObject(
                "SELECT COUNT(*) FROM account_view WHERE " + where.replace(":region", "?").replace(":periodStart", "?")
                        .replace(":periodEnd", "?"), Long.class, region, month.atDay(1), month.atEndOfMonth()));
        return CreditPartition.reading(step, AccountsOfRegion.reader("retireesOfRegion", dataSource, where, values,
                chunkSize), Function.identity());
    }

    @Bean
    @StepScope
    RetireeWriter retireeWriter(ChunkCredits chunkCredits) {
        return new RetireeWriter(chunkCredits);
    }

    /** An upload was checked when it arrived; a roster from the inbox or the command line is checked here. */
    private static void checkHeader(String firstLine) {
        if (!RosterHeader.matches(firstLine)) {
            throw new IllegalStateException("the roster's first line is not its header \"" + RosterHeader.TEXT
                    + "\": nothing was credited");
        }
    }

    private static long linesAfterHeader(Path roster) {
        try (Stream<String> lines = Files.lines(roster)) {
            return Math.max(0, lines.count() - 1);
        } catch (IOException e) {
            throw new UncheckedIOException("the roster " + roster + " cannot be read", e);
        }
    }
}
