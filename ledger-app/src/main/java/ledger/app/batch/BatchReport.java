package ledger.app.batch;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import ledger.money.Money;
import ledger.money.Pot;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;

/**
 * What GET /api/v1/batches/{batchId} answers: the contract's report, totals per pot, timing (instants in UTC).
 * A run whose job has completed reports {@code RUNNING} until the read models show its credits (ADR 25).
 */
public record BatchReport(
        long batchId,
        String job,
        String status,
        ReadModels readModels,
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
        @Schema(implementation = RejectedLine[].class) List<Map<String, Object>> rejects,
        long perSecond,
        Instant estimatedEnd,
        Instant startedAt,
        Instant endedAt,
        String failure,
        List<PartitionReport> partitions) {

    public record PerPot(Money withdrawable, Money earmarked) {
    }

    /**
     * Once the job has completed: whether the account read models show the run's credits, how far their
     * lowest segment has come ({@code position}, null before it has a token) and the run's last event
     * ({@code target}, null when the run appended nothing, a dry run).
     */
    public record ReadModels(boolean caughtUp, Long position, Long target) {

        /** A run that appended nothing: the read models show it at once. */
        static final ReadModels NOTHING_TO_SHOW = new ReadModels(true, null, null);
    }

    /**
     * The shape of a reject in the answer, for the OpenAPI description: the rejects are kept as maps in
     * the step's execution context (BatchCounters), which a restart reads back.
     */
    public record RejectedLine(long line, String personId, String reason) {
    }

    private static final String CAUSED_BY = "Caused by: ";
    /** How Spring quotes the cause when a step's bean could not be made (the missing roster, for one). */
    private static final String QUOTED_CAUSE = "threw exception with message: ";
    /** A thrown class's name before its message: {@code java.lang.IllegalStateException: }. */
    private static final java.util.regex.Pattern EXCEPTION_CLASS =
            java.util.regex.Pattern.compile("^([a-zA-Z_$][\\w$]*\\.)*[A-Z][\\w$]*(Exception|Error|Throwable)(: |$)");

    /**
     * Sums the steps of the run (a monthly run has a roster step and a retiree step). After a restart
     * each step's counters are those of its latest execution (Spring Batch carries them over) and the
     * lines read are summed over every execution of the run. A step spread over nodes is the sum of its
     * partitions, which the report also lists one by one; its manager step counts nothing of its own.
     * {@code readModels} is null while the job has not completed, or when the caller does not ask.
     */
    static BatchReport of(JobExecution execution, List<JobExecution> allExecutionsOfRun, ReadModels readModels) {
        List<StepExecution> latest = latestPerStep(allExecutionsOfRun);
        java.util.Set<String> managers = PartitionReport.managers(latest);
        List<StepExecution> steps = latest.stream().filter(step -> !managers.contains(step.getStepName())).toList();
        Map<String, Long> readPerStep = allExecutionsOfRun.stream().flatMap(e -> e.getStepExecutions().stream())
                .filter(step -> !managers.contains(step.getStepName()))
                .collect(java.util.stream.Collectors.groupingBy(StepExecution::getStepName,
                        java.util.stream.Collectors.summingLong(StepExecution::getReadCount)));
        long read = readPerStep.values().stream().mapToLong(Long::longValue).sum();
        Money withdrawable = sumMoney(steps, Pot.WITHDRAWABLE);
        Money earmarked = sumMoney(steps, Pot.EARMARKED);
        List<Map<String, Object>> rejects = steps.stream().flatMap(s -> BatchCounters.rejects(s.getExecutionContext())
                .stream()).limit(BatchCounters.MAX_LISTED_REJECTS).toList();
        ProgressLog.Progress progress = steps.isEmpty() ? new ProgressLog.Progress(0, null)
                : ProgressLog.Progress.of(steps.get(steps.size() - 1));
        var parameters = execution.getJobParameters();
        return new BatchReport(execution.getId(), execution.getJobInstance().getJobName(),
                status(execution.getStatus(), readModels), readModels, parameters.getString("region"),
                parameters.getString("period"), parameters.getString("quarter"),
                parameters.getString("dryRun") == null ? null : Boolean.valueOf(parameters.getString("dryRun")),
                read, sum(steps, BatchCounters.CREDITED),
                sum(steps, BatchCounters.SKIPPED), sum(steps, BatchCounters.REJECTED), withdrawable.plus(earmarked),
                new PerPot(withdrawable, earmarked), rejects, progress.perSecond(), progress.estimatedEnd(),
                ProgressLog.Progress.instant(execution.getStartTime()),
                ProgressLog.Progress.instant(execution.getEndTime()), failure(execution),
                PartitionReport.of(latest, readPerStep));
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

    private static String status(BatchStatus status, ReadModels readModels) {
        return switch (status) {
            case COMPLETED -> readModels == null || readModels.caughtUp() ? "COMPLETED" : "RUNNING";
            case STARTING, STARTED, STOPPING -> "RUNNING";
            default -> "FAILED";
        };
    }

    /**
     * Why the run failed, as its innermost cause says it: Spring Batch keeps the stack trace (cut at 2,500
     * characters), whose outer lines name framework classes (a bean that could not be made) rather than
     * the reason.
     */
    private static String failure(JobExecution execution) {
        return java.util.stream.Stream.concat(execution.getStepExecutions().stream().map(StepExecution::getExitStatus),
                        java.util.stream.Stream.of(execution.getExitStatus()))
                .filter(status -> "FAILED".equals(status.getExitCode()))
                .map(status -> reason(status.getExitDescription()))
                .filter(text -> !text.isBlank())
                .findFirst().orElse(null);
    }

    private static String reason(String stackTrace) {
        String innermost = stackTrace.lines().filter(line -> line.startsWith(CAUSED_BY))
                .reduce((outer, inner) -> inner).map(line -> line.substring(CAUSED_BY.length()))
                .orElseGet(() -> stackTrace.lines().findFirst().orElse(""));
        int quoted = innermost.lastIndexOf(QUOTED_CAUSE);
        String cause = quoted < 0 ? innermost : innermost.substring(quoted + QUOTED_CAUSE.length());
        String message = EXCEPTION_CLASS.matcher(cause).replaceFirst("");
        return message.isBlank() ? cause : message;
    }
}
