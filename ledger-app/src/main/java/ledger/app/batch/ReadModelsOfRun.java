package ledger.app.batch;

import java.util.OptionalLong;
import ledger.app.eventstore.RawEvents;
import ledger.app.projections.ReadModelPositions;
import ledger.projections.account.AccountReadModelProjection;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Whether the account read models show a run's credits (ADR 25). When the job completes, its last event
 * is recorded in the job's execution context, where every node and a restart read it: the newest event
 * of the store at that moment, since every credit of the run committed before (a later write of
 * someone else only makes the wait a little longer). Spring Batch stores the COMPLETED status after
 * this listener, so a completed run always has its last event recorded.
 */
@Component
class ReadModelsOfRun implements JobExecutionListener {

    static final String LAST_EVENT = "readModels.lastEvent";

    private final RawEvents rawEvents;
    private final ReadModelPositions positions;
    private final JobRepository repository;

    ReadModelsOfRun(RawEvents rawEvents, ReadModelPositions positions, JobRepository repository) {
        this.rawEvents = rawEvents;
        this.positions = positions;
        this.repository = repository;
    }

    /** A dry run appends nothing, nor does a run on an empty store: nothing for the read models to show. */
    @Override
    public void afterJob(JobExecution execution) {
        if (execution.getStatus() != BatchStatus.COMPLETED
                || Boolean.parseBoolean(execution.getJobParameters().getString(MonthlyCreditParameters.DRY_RUN))) {
            return;
        }
        long lastEvent = rawEvents.headPosition();
        if (lastEvent >= 0) {
            execution.getExecutionContext().putLong(LAST_EVENT, lastEvent);
            repository.updateExecutionContext(execution);
        }
    }

    /**
     * Null while the job has not completed. A completed run without a last event (a dry run, a run
     * completed before the ledger recorded it) has nothing to show.
     */
    BatchReport.ReadModels of(JobExecution execution) {
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            return null;
        }
        if (!execution.getExecutionContext().containsKey(LAST_EVENT)) {
            return BatchReport.ReadModels.NOTHING_TO_SHOW;
        }
        long target = execution.getExecutionContext().getLong(LAST_EVENT);
        OptionalLong lowest = positions.lowest(AccountReadModelProjection.PROCESSING_GROUP, target);
        Long position = lowest.isPresent() ? lowest.getAsLong() : null;
        return new BatchReport.ReadModels(position != null && position >= target, position, target);
    }
}
