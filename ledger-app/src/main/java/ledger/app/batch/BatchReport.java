package ledger.app.batch;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import ledger.money.Money;
import ledger.money.Pot;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.item.ExecutionContext;

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
        LocalDateTime startedAt,
        LocalDateTime endedAt,
        String failure) {

    record PerPot(Money withdrawable, Money earmarked) {
    }

    static BatchReport of(JobExecution execution) {
        StepExecution step = execution.getStepExecutions().stream().findFirst().orElse(null);
        ExecutionContext context = step == null ? new ExecutionContext() : step.getExecutionContext();
        Money withdrawable = BatchCounters.total(context, Pot.WITHDRAWABLE);
        Money earmarked = BatchCounters.total(context, Pot.EARMARKED);
        var parameters = execution.getJobParameters();
        return new BatchReport(execution.getId(), execution.getJobInstance().getJobName(), status(execution.getStatus()),
                parameters.getString("region"), parameters.getString("period"), parameters.getString("quarter"),
                parameters.getString("dryRun") == null ? null : Boolean.valueOf(parameters.getString("dryRun")),
                step == null ? 0 : step.getReadCount(),
                BatchCounters.count(context, BatchCounters.CREDITED), BatchCounters.count(context, BatchCounters.SKIPPED),
                BatchCounters.count(context, BatchCounters.REJECTED), withdrawable.plus(earmarked),
                new PerPot(withdrawable, earmarked), BatchCounters.rejects(context), execution.getStartTime(),
                execution.getEndTime(), failure(execution));
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
