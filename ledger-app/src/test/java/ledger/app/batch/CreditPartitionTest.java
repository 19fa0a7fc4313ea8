package ledger.app.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobInstance;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemStreamReader;
import org.springframework.batch.item.support.ListItemReader;

/** How a monthly run is split into partitions across nodes (ADR 24): each person in exactly one. */
class CreditPartitionTest {

    private static final List<String> PERSONS = IntStream.range(0, 5_000).mapToObj(i -> "110101198001" + i).toList();

    @Test
    void theNodesSplitARunIntoAsManyPartitionsAsAskedEachKnowingItsNumberAndTheirCount() {
        Map<String, ExecutionContext> partitions = CreditPartition.partitioner().partition(3);

        assertThat(partitions).containsOnlyKeys("partition0", "partition1", "partition2");
        partitions.forEach((name, context) -> {
            assertThat(context.getInt(CreditPartition.INDEX)).isEqualTo(Integer.parseInt(name.substring(9)));
            assertThat(context.getInt(CreditPartition.COUNT)).isEqualTo(3);
        });
    }

    @Test
    void eachPersonIsInExactlyOnePartition() {
        for (int count : List.of(1, 2, 3, 6, 7)) {
            List<CreditPartition> partitions = IntStream.range(0, count).mapToObj(i -> new CreditPartition(i, count))
                    .toList();
            assertThat(PERSONS).allSatisfy(person -> assertThat(partitions.stream().filter(p -> p.holds(person)))
                    .as("partitions of %d holding %s", count, person).hasSize(1));
        }
    }

    @Test
    void aPersonsPartitionIsTheSameOnEveryNodeBecauseItDependsOnTheIdAlone() {
        CreditPartition partition = new CreditPartition(1, 3);

        assertThat(partition.holds("110101198001011234")).isEqualTo(Math.floorMod(
                "110101198001011234".hashCode(), 3) == 1);
        assertThat(new CreditPartition(1, 3).holds(new String("110101198001011234".toCharArray())))
                .isEqualTo(partition.holds("110101198001011234"));
    }

    @Test
    void thePartitionsOfARosterShareItsLinesOutRoughlyEvenly() {
        for (int index = 0; index < 3; index++) {
            CreditPartition partition = new CreditPartition(index, 3);
            assertThat(PERSONS.stream().filter(partition::holds).count()).as("persons of partition %d", index)
                    .isBetween(1_500L, 1_834L);
        }
    }

    @Test
    void aPartitionReadsOnlyItsOwnPersonsAndTogetherThePartitionsReadEveryItemOnce() throws Exception {
        List<String> readByAll = new ArrayList<>();
        for (int index = 0; index < 3; index++) {
            ItemStreamReader<String> reader = CreditPartition.reading(partitionStep(index, 3),
                    new ListItemReaderStream(PERSONS), person -> person);
            CreditPartition partition = new CreditPartition(index, 3);
            for (String person = reader.read(); person != null; person = reader.read()) {
                assertThat(partition.holds(person)).as("%s in partition %d", person, index).isTrue();
                readByAll.add(person);
            }
        }
        assertThat(readByAll).containsExactlyInAnyOrderElementsOf(PERSONS);
    }

    @Test
    void aStepThatIsNotAPartitionReadsEverything() throws Exception {
        StepExecution step = new StepExecution("creditRoster", new JobExecution(new JobInstance(1L, "monthlyCredits"),
                new JobParameters()));
        ItemStreamReader<String> reader = CreditPartition.reading(step, new ListItemReaderStream(PERSONS), p -> p);

        List<String> read = new ArrayList<>();
        for (String person = reader.read(); person != null; person = reader.read()) {
            read.add(person);
        }
        assertThat(read).isEqualTo(PERSONS);
        assertThat(CreditPartition.of(step)).isEmpty();
    }

    @Test
    void aPartitionOutsideItsCountDoesNotExist() {
        assertThatThrownBy(() -> new CreditPartition(3, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CreditPartition(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static StepExecution partitionStep(int index, int count) {
        StepExecution step = new StepExecution("creditRoster:partition" + index,
                new JobExecution(new JobInstance(1L, "monthlyCredits"), new JobParameters()));
        step.getExecutionContext().putInt(CreditPartition.INDEX, index);
        step.getExecutionContext().putInt(CreditPartition.COUNT, count);
        return step;
    }

    /** A list read as a stream, as the roster's and the retirees' readers are. */
    private static final class ListItemReaderStream extends ListItemReader<String> implements ItemStreamReader<String> {

        ListItemReaderStream(List<String> items) {
            super(items);
        }
    }
}
