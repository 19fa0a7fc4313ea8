package ledger.app.batch;

import org.springframework.batch.core.Step;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.messaging.MessageChannel;

/**
 * Turns a step of the monthly run into a manager step of the same name: Spring Batch splits it into
 * partitions ({@link CreditPartition}), sends one request per partition to the broker, and polls the job
 * repository until every partition has ended; the step's status is then the worst of theirs.
 */
class PartitionedSteps {

    /** How often the manager looks at the job repository for its partitions' ends. */
    private static final long POLL_MILLIS = 1_000;

    private final JobRepository jobs;
    private final JobExplorer explorer;
    private final MessageChannel requests;
    private final int partitions;

    PartitionedSteps(JobRepository jobs, JobExplorer explorer, MessageChannel requests, int partitions) {
        this.jobs = jobs;
        this.explorer = explorer;
        this.requests = requests;
        this.partitions = partitions;
    }

    Step across(Step worker) {
        MessageChannelPartitionHandler handler = new MessageChannelPartitionHandler();
        handler.setStepName(worker.getName());
        handler.setGridSize(partitions);
        handler.setMessagingOperations(new MessagingTemplate(requests));
        handler.setJobExplorer(explorer);
        handler.setPollInterval(POLL_MILLIS);
        try {
            handler.afterPropertiesSet();
        } catch (Exception e) {
            throw new IllegalStateException("the partition handler of " + worker.getName() + " is incomplete", e);
        }
        return new StepBuilder(worker.getName(), jobs)
                .partitioner(worker.getName(), CreditPartition.partitioner())
                .partitionHandler(handler)
                .build();
    }
}
