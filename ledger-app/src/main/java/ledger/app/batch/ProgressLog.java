package ledger.app.batch;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ChunkListener;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.item.ExecutionContext;

/** Logs a step's progress (counts, rate, estimated end) at most every few seconds. */
class ProgressLog implements ChunkListener {

    private static final Logger log = LoggerFactory.getLogger(ProgressLog.class);
    private static final long EVERY_MILLIS = 5_000;

    private long lastLogged;

    @Override
    public void afterChunk(ChunkContext context) {
        long now = System.currentTimeMillis();
        if (now - lastLogged < EVERY_MILLIS) {
            return;
        }
        lastLogged = now;
        StepExecution step = context.getStepContext().getStepExecution();
        Progress progress = Progress.of(step);
        log.info("batch {} {}: read {}, credited {}, skipped {}, rejected {}, {} per second, estimated end {}",
                step.getJobExecutionId(), step.getStepName(), step.getReadCount(),
                BatchCounters.count(step.getExecutionContext(), BatchCounters.CREDITED),
                BatchCounters.count(step.getExecutionContext(), BatchCounters.SKIPPED),
                BatchCounters.count(step.getExecutionContext(), BatchCounters.REJECTED),
                progress.perSecond(), progress.estimatedEnd());
    }

    /** How fast a step goes and when it should end, from its read count and its expected total. */
    record Progress(long perSecond, Instant estimatedEnd) {

        static final String EXPECTED = "expected";

        static Progress of(StepExecution step) {
            LocalDateTime started = step.getStartTime();
            if (started == null) {
                return new Progress(0, null);
            }
            LocalDateTime until = step.getEndTime() != null ? step.getEndTime() : LocalDateTime.now();
            long millis = Math.max(1, Duration.between(started, until).toMillis());
            long perSecond = step.getReadCount() * 1000 / millis;
            ExecutionContext context = step.getExecutionContext();
            long left = Math.max(0, context.getLong(EXPECTED, step.getReadCount()) - step.getReadCount());
            LocalDateTime end = step.getEndTime() != null ? step.getEndTime()
                    : perSecond == 0 ? null : until.plusSeconds(left / perSecond);
            return new Progress(perSecond, instant(end));
        }

        /** Spring Batch keeps its times as local times of the JVM's zone; the report shows instants. */
        static Instant instant(LocalDateTime time) {
            return time == null ? null : time.atZone(ZoneId.systemDefault()).toInstant();
        }
    }
}
