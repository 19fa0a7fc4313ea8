package ledger.app.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.StepExecution;

/**
 * One partition of a run spread over nodes, as the batch report lists it: the step it belongs to, its
 * number, the node that runs or ran it (the last one, when another took it over; none while it waits),
 * its status, the items it read over every execution of the run, and the accounts it credited.
 */
public record PartitionReport(String step, int partition, String node, String status, long read, long credited) {

    /** Spring Batch names a partition's step execution {@code step:partitionN}. */
    private static final String SEPARATOR = ":";

    static boolean isPartition(StepExecution step) {
        return step.getStepName().contains(SEPARATOR);
    }

    /** The manager steps among these: those whose partitions are also among them. */
    static Set<String> managers(List<StepExecution> steps) {
        return steps.stream().filter(PartitionReport::isPartition)
                .map(step -> step.getStepName().substring(0, step.getStepName().indexOf(SEPARATOR)))
                .collect(Collectors.toSet());
    }

    /**
     * The partitions of a run, in step order and then by number, from the latest execution of each
     * partition and the read counts of all of them.
     */
    static List<PartitionReport> of(List<StepExecution> latestPerStep, Map<String, Long> readPerStep) {
        List<String> stepOrder = new ArrayList<>();
        List<PartitionReport> partitions = new ArrayList<>();
        for (StepExecution step : latestPerStep) {
            if (!isPartition(step)) {
                stepOrder.add(step.getStepName());
                continue;
            }
            CreditPartition partition = CreditPartition.of(step).orElseThrow();
            String manager = step.getStepName().substring(0, step.getStepName().indexOf(SEPARATOR));
            partitions.add(new PartitionReport(manager, partition.index(), StepNode.of(step.getExecutionContext()),
                    status(step.getStatus()), readPerStep.getOrDefault(step.getStepName(), 0L),
                    BatchCounters.count(step.getExecutionContext(), BatchCounters.CREDITED)));
        }
        partitions.sort(Comparator.comparingInt((PartitionReport p) -> stepOrder.indexOf(p.step()))
                .thenComparingInt(PartitionReport::partition));
        return partitions;
    }

    /** As the run's own status, and WAITING for a partition that no node has taken from the queue yet. */
    private static String status(BatchStatus status) {
        return switch (status) {
            case STARTING -> "WAITING";
            case STARTED, STOPPING -> "RUNNING";
            case COMPLETED -> "COMPLETED";
            default -> "FAILED";
        };
    }
}
