package ledger.app.console.batches;

import java.time.Duration;
import java.time.Instant;
import ledger.app.batch.BatchReport;

/**
 * A batch report with how far the run has come, for the progress bar: by the time it has run against
 * the end its rate estimates; 100 once it completed, and unknown (null) before it has a rate or once it
 * failed (how long it ran says nothing of how far it came).
 * {@code estimatedEnd} is the estimate as the counter reads it (local time, for the live page).
 */
record BatchProgress(BatchReport report, Integer percent, String estimatedEnd) {

    static BatchProgress of(BatchReport report, Instant now, String estimatedEnd) {
        if ("COMPLETED".equals(report.status())) {
            return new BatchProgress(report, 100, estimatedEnd);
        }
        Instant start = report.startedAt();
        Instant end = report.estimatedEnd();
        if (!"RUNNING".equals(report.status()) || start == null || end == null || !end.isAfter(start)) {
            return new BatchProgress(report, null, estimatedEnd);
        }
        long done = Duration.between(start, now).toMillis();
        long whole = Duration.between(start, end).toMillis();
        return new BatchProgress(report, (int) Math.max(0, Math.min(99, done * 100 / whole)), estimatedEnd);
    }
}
