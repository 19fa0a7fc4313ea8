package ledger.app.batch;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import ledger.money.Money;
import ledger.money.Pot;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;

/** What GET /api/v1/batches/{batchId} answers: the contract's report, totals per pot, timing (instants in UTC). */
public record BatchReport(
        long batchId,
        String job,
        String status,
        String region,
        String period,
        String quarter,
        Boolean dryRun,
        long read,
        long credited,
        long skipped,
        long rejected,
        Money totalAmount,
        PerPot perPot,
        List<Map<String, Object>> rejects,
        long perSecond,
        Instant estimatedEnd,
        Instant startedAt,
        Instant endedAt,
        String failure) {

    public record PerPot(Money withdrawable, Money earmarked) {
    }

    static BatchReport of(JobExecution execution) {
        return of(execution, List.of(execution));
    }

    /**
     * Sums the steps of the run (a monthly run has a roster step and a retiree step). After a restart
     * each step's counters are those of its latest execution (Spring Batch carries them over) and the
     * lines read are summed over every execution of the run.
     */
    static BatchReport of(JobExecution execution, List<JobExecution> allExecutionsOfRun) {
        List<StepExecution> steps = latestPerStep(allExecutionsOfRun);
        long read = allExecutionsOfRun.stream().flatMap(e -> e.getStepExecutions().stream())
                .mapToLong(StepExecution::getReadCount).sum();
        Money withdrawable = sumMoney(steps, Pot.WITHDRAWABLE);
        Money earmarked = sumMoney(steps, Pot.EARMARKED);
        List<Map<String, Object>> rejects = steps.stream().flatMap(s -> BatchCounters.rejects(s.getExecutionContext())
                .stream()).limit(BatchCounters.MAX_LISTED_REJECTS).toList();
        ProgressLog.Progress progress = steps.isEmpty() ? new ProgressLog.Progress(0, null)
                : ProgressLog.Progress.of(steps.get(steps.size() - 1));
        var parameters = execution.getJobParameters();
        return new BatchReport(execution.getId(), execution.getJobInstance().getJobName(), status(execution.getStatus()),
                parameters.getString("region"), parameters.getString("period"), parameters.getString("quarter"),
                parameters.getString("dryRun") == null ? null : Boolean.valueOf(parameters.getString("dryRun")),
                read, sum(steps, BatchCounters.CREDITED),
                sum(steps, BatchCounters.SKIPPED), sum(steps, BatchCounters.REJECTED), withdrawable.plus(earmarked),
                new PerPot(withdrawable, earmarked), rejects, progress.perSecond(), progress.estimatedEnd(),
                ProgressLog.Progress.instant(execution.getStartTime()),
                ProgressLog.Progress.instant(execution.getEndTime()), failure(execution));
    }

    private static List<StepExecution> latestPerStep(List<JobExecution> executions) {
        Map<String, StepExecution> latest = new java.util.LinkedHashMap<>();
        executions.stream().sorted(java.util.Comparator.comparing(JobExecution::getId))
                .flatMap(e -> e.getStepExecutions().stream().sorted(java.util.Comparator.comparing(StepExecution::getId)))
                .forEach(step -> latest.put(step.getStepName(), step));
        return List.copyOf(latest.values());
    }

    private static long sum(List<StepExecution> steps, String counter) {
        return steps.stream().mapToLong(step -> BatchCounters.count(step.getExecutionContext(), counter)).sum();
    }

    private static Money sumMoney(List<StepExecution> steps, Pot pot) {
        return steps.stream().map(step -> BatchCounters.total(step.getExecutionContext(), pot))
                .reduce(Money.ZERO, Money::plus);
    }

    private static String status(BatchStatus status) {
        return switch (status) {
            case COMPLETED -> "COMPLETED";
            case STARTING, STARTED, STOPPING -> "RUNNING";
            default -> "FAILED";
        };
    }

    /** The first line of the stored exit description of the first failed step, or of the run. */
    private static String failure(JobExecution execution) {
        return java.util.stream.Stream.concat(execution.getStepExecutions().stream().map(StepExecution::getExitStatus),
                        java.util.stream.Stream.of(execution.getExitStatus()))
                .filter(status -> "FAILED".equals(status.getExitCode()))
                .map(status -> status.getExitDescription().lines().findFirst().orElse(""))
                .filter(text -> !text.isBlank())
                .findFirst().orElse(null);
    }
}
