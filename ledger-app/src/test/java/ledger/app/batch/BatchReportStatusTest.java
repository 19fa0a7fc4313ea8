package ledger.app.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobInstance;
import org.springframework.batch.core.JobParameters;

/**
 * A run's status as its report says it (ADR 25): a completed job is COMPLETED only once the read models
 * show its credits, RUNNING with where they stand before; the command line's exit code follows.
 */
class BatchReportStatusTest {

    private final JobInstance run = new JobInstance(1L, MonthlyCreditBatch.JOB);

    @Test
    void aCompletedJobWhoseReadModelsAreBehindIsStillRunningAndSaysHowFarTheyHaveCome() {
        BatchReport.ReadModels behind = new BatchReport.ReadModels(false, 90L, 120L);

        BatchReport report = report(BatchStatus.COMPLETED, behind);

        assertThat(report.status()).isEqualTo("RUNNING");
        assertThat(report.readModels()).isEqualTo(behind);
        assertThat(BatchCommandLine.exitCode(report)).isEqualTo(BatchCommandLine.READ_MODELS_BEHIND);
    }

    @Test
    void aCompletedJobWhoseSegmentHasNoTokenYetIsStillRunning() {
        BatchReport report = report(BatchStatus.COMPLETED, new BatchReport.ReadModels(false, null, 120L));

        assertThat(report.status()).isEqualTo("RUNNING");
        assertThat(BatchCommandLine.exitCode(report)).isEqualTo(BatchCommandLine.READ_MODELS_BEHIND);
    }

    @Test
    void aCompletedJobWhoseReadModelsShowItIsCompleted() {
        BatchReport report = report(BatchStatus.COMPLETED, new BatchReport.ReadModels(true, 125L, 120L));

        assertThat(report.status()).isEqualTo("COMPLETED");
        assertThat(BatchCommandLine.exitCode(report)).isZero();
    }

    @Test
    void aRunThatAppendedNothingIsCompletedAtOnce() {
        BatchReport report = report(BatchStatus.COMPLETED, BatchReport.ReadModels.NOTHING_TO_SHOW);

        assertThat(report.status()).isEqualTo("COMPLETED");
        assertThat(report.readModels().caughtUp()).isTrue();
    }

    @Test
    void aJobStillRunningIsRunningWithoutReadModels() {
        BatchReport report = report(BatchStatus.STARTED, null);

        assertThat(report.status()).isEqualTo("RUNNING");
        assertThat(report.readModels()).isNull();
        assertThat(BatchCommandLine.exitCode(report)).isOne();
    }

    @Test
    void aFailedJobIsFailedAndExitsOne() {
        BatchReport report = report(BatchStatus.FAILED, null);

        assertThat(report.status()).isEqualTo("FAILED");
        assertThat(BatchCommandLine.exitCode(report)).isOne();
    }

    private BatchReport report(BatchStatus status, BatchReport.ReadModels readModels) {
        JobExecution execution = new JobExecution(run, 7L, new JobParameters());
        execution.setStatus(status);
        return BatchReport.of(execution, List.of(execution), readModels);
    }
}
