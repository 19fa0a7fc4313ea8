package ledger.app.batch;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.partition.support.Partitioner;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemStreamReader;

/**
 * One of the partitions of a monthly run spread over nodes (ADR 24): the persons whose id falls in it by
 * {@link String#hashCode} (defined by the Java language, so every node computes the same), modulo the
 * number of partitions. Each person, with all of their roster lines and their retiree account, is in
 * exactly one partition, so a repeated line is still found in the partition that holds the first.
 */
record CreditPartition(int index, int count) {

    static final String INDEX = "partition";
    static final String COUNT = "partitions";
    /** The one partition of a run that is not split. */
    static final CreditPartition WHOLE = new CreditPartition(0, 1);

    CreditPartition {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("partition " + index + " of " + count + " does not exist");
        }
    }

    boolean holds(String personId) {
        return Math.floorMod(personId.hashCode(), count) == index;
    }

    /** Splits a step into {@code gridSize} partitions, named {@code partition0} onwards. */
    static Partitioner partitioner() {
        return gridSize -> {
            Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
            for (int index = 0; index < gridSize; index++) {
                ExecutionContext context = new ExecutionContext();
                context.putInt(INDEX, index);
                context.putInt(COUNT, gridSize);
                partitions.put(INDEX + index, context);
            }
            return partitions;
        };
    }

    /** The partition a step execution works on; none when the run is not partitioned. */
    static Optional<CreditPartition> of(StepExecution step) {
        ExecutionContext context = step.getExecutionContext();
        return context.containsKey(INDEX) ? Optional.of(new CreditPartition(context.getInt(INDEX), context.getInt(COUNT)))
                : Optional.empty();
    }

    /** What a step reads: every item when the run is not partitioned (one partition of one), else those of its partition. */
    static <T> ItemsOfPartition<T> reading(StepExecution step, ItemStreamReader<T> all, Function<T, String> personId) {
        return new ItemsOfPartition<>(all, personId, of(step).orElse(WHOLE));
    }
}
