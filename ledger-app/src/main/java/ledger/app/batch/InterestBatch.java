package ledger.app.batch;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import javax.sql.DataSource;
import ledger.account.command.PostInterest;
import ledger.account.receipt.InterestReceipt;
import ledger.interest.Quarter;
import ledger.money.Money;
import ledger.money.Pot;
import ledger.refusal.ConflictWithHistory;
import ledger.refusal.Refusal;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.batch.core.ChunkListener;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ItemWriter;
import org.springframework.batch.item.database.JdbcPagingItemReader;
import org.springframework.batch.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Pays a quarter's interest to every open account of a region (domain-rules §3). Safe to repeat: an
 * account whose quarter is already paid is counted as skipped, never paid twice.
 */
@Configuration(proxyBeanMethods = false)
class InterestBatch {

    static final String JOB = "quarterlyInterest";
    private static final int CHUNK = 100;

    /** Its report, as the monthly run's, turns COMPLETED once the read models show the interest (ReadModelsOfRun). */
    @Bean
    Job quarterlyInterestJob(JobRepository jobs, Step payInterestStep, ReadModelsOfRun readModelsOfRun) {
        return new JobBuilder(JOB, jobs).start(payInterestStep).listener(readModelsOfRun).build();
    }

    /** Each account's interest commits in its own transaction; the chunk itself holds none. */
    @Bean
    Step payInterestStep(JobRepository jobs, JdbcPagingItemReader<String> openAccountsOfRegion,
                         InterestWriter interestWriter, BatchMetrics metrics) {
        return new StepBuilder("payInterest", jobs)
                .<String, String>chunk(CHUNK, new ResourcelessTransactionManager())
                .reader(openAccountsOfRegion)
                .writer(interestWriter)
                .listener(interestWriter)
                .listener((StepExecutionListener) metrics)
                .listener((ChunkListener) metrics)
                .build();
    }

    @Bean
    @StepScope
    JdbcPagingItemReader<String> openAccountsOfRegion(DataSource dataSource,
                                                      @Value("#{jobParameters['region']}") String region) throws Exception {
        return AccountsOfRegion.reader("openAccountsOfRegion", dataSource, "region = :region AND status = 'OPEN'",
                Map.of("region", region), CHUNK);
    }

    @Bean
    @StepScope
    InterestWriter interestWriter(CommandGateway commands, Clock clock) {
        return new InterestWriter(commands, clock);
    }

    static class InterestWriter implements ItemWriter<String>, StepExecutionListener {

        private final CommandGateway commands;
        private final Clock clock;
        private StepExecution step;
        private BatchCounters counters;

        InterestWriter(CommandGateway commands, Clock clock) {
            this.commands = commands;
            this.clock = clock;
        }

        @Override
        public void beforeStep(StepExecution stepExecution) {
            step = stepExecution;
            counters = new BatchCounters(stepExecution.getExecutionContext());
        }

        @Override
        public void write(Chunk<? extends String> personIds) {
            Quarter quarter = Quarter.parse(step.getJobParameters().getString("quarter"));
            LocalDate today = LocalDate.now(clock);
            for (String personId : personIds) {
                pay(personId, quarter, today);
            }
        }

        private void pay(String personId, Quarter quarter, LocalDate today) {
            try {
                InterestReceipt receipt = commands.sendAndWait(
                        BatchActor.command(new PostInterest(personId, quarter, today), step));
                Map<Pot, Money> perPot = new EnumMap<>(Pot.class);
                receipt.perPot().forEach(pot -> perPot.put(pot.pot(), pot.amount()));
                counters.credited(perPot);
            } catch (ConflictWithHistory alreadyDone) {
                counters.skipped();
            } catch (Refusal refused) {
                counters.rejected(0, personId, refused.getMessage());
            }
        }
    }
}
