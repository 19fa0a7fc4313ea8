package ledger.app.batch;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import ledger.money.Money;
import ledger.money.Pot;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;

/** What GET /api/v1/batches/{batchId} answers: the contract's report, totals per pot, timing. */
record BatchReport(
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
        LocalDateTime estimatedEnd,
        LocalDateTime startedAt,
        LocalDateTime endedAt,
        String failure) {

    record PerPot(Money withdrawable, Money earmarked) {
    }

    /** Sums the steps of the run (a monthly run has a roster step and a retiree step). */
    static BatchReport of(JobExecution execution) {
        List<StepExecution> steps = List.copyOf(execution.getStepExecutions());
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
                steps.stream().mapToLong(StepExecution::getReadCount).sum(), sum(steps, BatchCounters.CREDITED),
                sum(steps, BatchCounters.SKIPPED), sum(steps, BatchCounters.REJECTED), withdrawable.plus(earmarked),
                new PerPot(withdrawable, earmarked), rejects, progress.perSecond(), progress.estimatedEnd(),
                execution.getStartTime(), execution.getEndTime(), failure(execution));
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

    private static String failure(JobExecution execution) {
        return execution.getAllFailureExceptions().stream().findFirst()
                .map(e -> e.getClass().getSimpleName() + ": " + e.getMessage()).orElse(null);
    }
}
