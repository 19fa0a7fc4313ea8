package ledger.app.batch;

import org.springframework.batch.core.JobExecution;

/** The counts of a finished run, for callers outside the batch package (the benchmark). */
public record BatchSummary(long read, long credited, long skipped, long rejected) {

    public static BatchSummary of(JobExecution execution) {
        BatchReport report = BatchReport.of(execution);
        return new BatchSummary(report.read(), report.credited(), report.skipped(), report.rejected());
    }
}
