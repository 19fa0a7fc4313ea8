package ledger.app.batch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.step.StepLocator;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;

/**
 * A node's worker: runs the partition a request from the broker names, with Spring Batch's handler. A
 * request comes again when the node that had it died before acknowledging it; the partition then
 * resumes after its last committed chunk. One whose partition already ended (it completed, or a restart
 * of the run marked it failed and made a new one) is acknowledged and not run.
 */
class PartitionRequests extends StepExecutionRequestHandler {

    private static final Logger log = LoggerFactory.getLogger(PartitionRequests.class);

    private final JobExplorer explorer;

    PartitionRequests(JobExplorer explorer, StepLocator steps) {
        this.explorer = explorer;
        setJobExplorer(explorer);
        setStepLocator(steps);
    }

    @Override
    public StepExecution handle(StepExecutionRequest request) {
        StepExecution partition = explorer.getStepExecution(request.getJobExecutionId(), request.getStepExecutionId());
        if (partition != null && !partition.getStatus().isRunning()) {
            log.info("batch {} {}: already {}, not run again", request.getJobExecutionId(),
                    partition.getStepName(), partition.getStatus());
            return partition;
        }
        log.info("batch {}: running {} (step execution {})", request.getJobExecutionId(),
                partition == null ? request.getStepName() : partition.getStepName(), request.getStepExecutionId());
        return super.handle(request);
    }
}
