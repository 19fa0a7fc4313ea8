package ledger.app.batch;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import ledger.interest.Quarter;
import ledger.policy.PolicyCatalog;
import ledger.refusal.ConflictWithHistory;
import ledger.refusal.NotFound;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Starts the ledger's batches, from HTTP, the command line or the schedule alike, and restarts a run
 * that was killed: Spring Batch then resumes after the run's last committed chunk.
 */
@Component
public class BatchLaunches {

    /** How long a launch waits: not at all, until the job ends, or until the read models show the run too. */
    public enum Until { STARTED, RUN_ENDED, READ_MODELS_SHOW_IT }

    private static final long READ_MODELS_POLL_MILLIS = 200;

    private final JobLauncher asyncLauncher;
    private final JobLauncher syncLauncher;
    private final JobExplorer explorer;
    private final JobRepository repository;
    private final Job monthlyCreditsJob;
    private final Job quarterlyInterestJob;
    private final PolicyCatalog policies;
    private final ReadModelsOfRun readModels;
    private final Duration readModelsTimeout;
    private final Clock clock;

    BatchLaunches(@Qualifier(BatchConfiguration.ASYNC_LAUNCHER) JobLauncher asyncLauncher,
                  @Qualifier("jobLauncher") JobLauncher syncLauncher, JobExplorer explorer, JobRepository repository,
                  Job monthlyCreditsJob, Job quarterlyInterestJob, PolicyCatalog policies, ReadModelsOfRun readModels,
                  @Value("${ledger.batch.read-models-timeout}") Duration readModelsTimeout, Clock clock) {
        this.asyncLauncher = asyncLauncher;
        this.syncLauncher = syncLauncher;
        this.explorer = explorer;
        this.repository = repository;
        this.monthlyCreditsJob = monthlyCreditsJob;
        this.quarterlyInterestJob = quarterlyInterestJob;
        this.policies = policies;
        this.readModels = readModels;
        this.readModelsTimeout = readModelsTimeout;
        this.clock = clock;
    }

    public JobExecution monthlyCredits(String region, YearMonth period, Path roster, LocalDate allocationDate,
                                       boolean dryRun, String requestedBy, Until until) throws Exception {
        policies.region(region);
        JobParameters parameters = new JobParametersBuilder()
                .addString(MonthlyCreditParameters.REGION, region)
                .addString(MonthlyCreditParameters.PERIOD, period.toString())
                .addString(MonthlyCreditParameters.ALLOCATION_DATE,
                        (allocationDate != null ? allocationDate : LocalDate.now(clock)).toString())
                .addString(MonthlyCreditParameters.ROSTER, roster.toAbsolutePath().toString())
                .addString(MonthlyCreditParameters.DRY_RUN, Boolean.toString(dryRun))
                .addString(BatchActor.REQUESTED_BY, requestedBy, false)
                .addLong("requestedAt", clock.millis())
                .toJobParameters();
        return run(monthlyCreditsJob, parameters, until);
    }

    public JobExecution quarterlyInterest(String region, Quarter quarter, String requestedBy) throws Exception {
        policies.region(region);
        JobParameters parameters = new JobParametersBuilder()
                .addString("region", region)
                .addString("quarter", quarter.toString())
                .addString(BatchActor.REQUESTED_BY, requestedBy, false)
                .addLong("requestedAt", clock.millis())
                .toJobParameters();
        return asyncLauncher.run(quarterlyInterestJob, parameters);
    }

    /**
     * Restarts a run that failed or whose process died (it then still reads as running: the operator
     * says it is not, by asking for the restart). The same parameters resume the same job instance.
     */
    public JobExecution restart(long batchId, Until until) throws Exception {
        JobExecution execution = execution(batchId);
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            throw new ConflictWithHistory("batch-completed", "batch " + batchId + " completed; nothing to restart");
        }
        if (execution.isRunning()) {
            markInterrupted(execution);
        }
        Job job = execution.getJobInstance().getJobName().equals(MonthlyCreditBatch.JOB)
                ? monthlyCreditsJob : quarterlyInterestJob;
        return run(job, execution.getJobParameters(), until);
    }

    /** Every execution of the run's job instance: a restarted run has one per start. */
    public List<JobExecution> executionsOfRun(JobExecution execution) {
        return explorer.getJobExecutions(execution.getJobInstance());
    }

    /** The run's report, summed over every execution of the run. */
    public BatchReport report(long batchId) {
        return reportOf(execution(batchId));
    }

    /** The latest execution of each of the last {@code limit} runs of both batches, newest first. */
    public List<BatchReport> recentRuns(int limit) {
        return java.util.stream.Stream.of(MonthlyCreditBatch.JOB, quarterlyInterestJob.getName())
                .flatMap(job -> explorer.getJobInstances(job, 0, limit).stream())
                .map(explorer::getLastJobExecution)
                .filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.comparing(JobExecution::getId).reversed())
                .limit(limit)
                .map(this::reportOf)
                .toList();
    }

    public JobExecution execution(long batchId) {
        JobExecution execution = explorer.getJobExecution(batchId);
        if (execution == null) {
            throw new NotFound("unknown-batch", "no batch " + batchId);
        }
        return execution;
    }

    private BatchReport reportOf(JobExecution execution) {
        return BatchReport.of(execution, executionsOfRun(execution), readModels.of(execution));
    }

    private JobExecution run(Job job, JobParameters parameters, Until until) throws Exception {
        if (until == Until.STARTED) {
            return asyncLauncher.run(job, parameters);
        }
        JobExecution execution = syncLauncher.run(job, parameters);
        if (until == Until.READ_MODELS_SHOW_IT) {
            awaitReadModels(execution);
        }
        return execution;
    }

    /**
     * Until the read models show the completed run, at most {@code ledger.batch.read-models-timeout}; a run
     * that did not complete has nothing to wait for. The run's report then says which it was.
     */
    private void awaitReadModels(JobExecution execution) throws InterruptedException {
        long deadline = System.nanoTime() + readModelsTimeout.toNanos();
        BatchReport.ReadModels shown = readModels.of(execution);
        while (shown != null && !shown.caughtUp() && System.nanoTime() < deadline) {
            Thread.sleep(READ_MODELS_POLL_MILLIS);
            shown = readModels.of(execution);
        }
    }

    private void markInterrupted(JobExecution execution) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneId.systemDefault()));
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus().isRunning()) {
                step.setStatus(BatchStatus.FAILED);
                step.setEndTime(now);
                repository.update(step);
            }
        }
        execution.setStatus(BatchStatus.FAILED);
        execution.setEndTime(now);
        execution.setExitStatus(execution.getExitStatus().addExitDescription("interrupted: its process died"));
        repository.update(execution);
    }
}
