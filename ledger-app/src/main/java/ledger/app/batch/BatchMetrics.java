package ledger.app.batch;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.batch.core.ChunkListener;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.stereotype.Component;

/**
 * A batch's progress as meters, per step: lines or accounts read, accounts credited, lines rejected
 * (counters that only grow, across runs and restarts), and the rate of a running step (a gauge).
 * It reports what each chunk added to the step's saved counts, so a restarted step does not count
 * again what the run before it already reported.
 */
@Component
class BatchMetrics implements ChunkListener, StepExecutionListener {

    private static final String[] COUNTED = {"read", BatchCounters.CREDITED, BatchCounters.REJECTED};

    private final MeterRegistry registry;
    private final Map<Long, long[]> reportedByStep = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> ratePerStep = new ConcurrentHashMap<>();

    BatchMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void beforeStep(StepExecution step) {
        reportedByStep.put(step.getId(), counts(step));
        for (String counted : COUNTED) {
            counter(counted, step.getStepName());
        }
    }

    @Override
    public void afterChunk(ChunkContext context) {
        report(context.getStepContext().getStepExecution());
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        report(step);
        reportedByStep.remove(step.getId());
        rate(step.getStepName()).set(0);
        return null;
    }

    private void report(StepExecution step) {
        long[] now = counts(step);
        long[] reported = reportedByStep.computeIfAbsent(step.getId(), id -> new long[COUNTED.length]);
        for (int i = 0; i < COUNTED.length; i++) {
            if (now[i] > reported[i]) {
                counter(COUNTED[i], step.getStepName()).increment(now[i] - reported[i]);
                reported[i] = now[i];
            }
        }
        rate(step.getStepName()).set(ProgressLog.Progress.of(step).perSecond());
    }

    private static long[] counts(StepExecution step) {
        return new long[] {step.getReadCount(),
                BatchCounters.count(step.getExecutionContext(), BatchCounters.CREDITED),
                BatchCounters.count(step.getExecutionContext(), BatchCounters.REJECTED)};
    }

    private Counter counter(String what, String stepName) {
        return Counter.builder("ledger.batch." + what).tag("step", stepName)
                .description("batch items " + what + " (roster lines, retiree or interest accounts)")
                .register(registry);
    }

    private AtomicLong rate(String stepName) {
        return ratePerStep.computeIfAbsent(stepName, name -> registry.gauge("ledger.batch.rate",
                Tags.of("step", name), new AtomicLong()));
    }
}
