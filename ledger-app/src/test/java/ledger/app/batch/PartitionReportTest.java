package ledger.app.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import ledger.money.Money;
import ledger.money.Pot;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobInstance;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.StepExecution;

/** The report of a run spread over nodes: its partitions one by one, and totals that are their sums. */
class PartitionReportTest {

    private final JobInstance run = new JobInstance(1L, MonthlyCreditBatch.JOB);

    @Test
    void aPartitionedRunsTotalsAreTheSumsOfItsPartitionsAndItsManagerStepsCountNothingTwice() {
        JobExecution execution = execution(7L, BatchStatus.STARTED);
        manager(execution, "creditRoster", 100L, 300);
        partition(execution, "creditRoster", 0, 101L, "node-1", BatchStatus.COMPLETED, 120, 118, 1);
        partition(execution, "creditRoster", 1, 102L, "node-2", BatchStatus.STARTED, 90, 90, 0);
        partition(execution, "creditRoster", 2, 103L, "node-3", BatchStatus.COMPLETED, 90, 89, 1);

        BatchReport report = BatchReport.of(execution, List.of(execution), null);

        assertThat(report.read()).isEqualTo(300);
        assertThat(report.credited()).isEqualTo(297);
        assertThat(report.rejected()).isEqualTo(2);
        assertThat(report.totalAmount()).isEqualTo(Money.ofFen(297 * 1_000L));
        assertThat(report.partitions()).containsExactly(
                new PartitionReport("creditRoster", 0, "node-1", "COMPLETED", 120, 118),
                new PartitionReport("creditRoster", 1, "node-2", "RUNNING", 90, 90),
                new PartitionReport("creditRoster", 2, "node-3", "COMPLETED", 90, 89));
        assertThat(report.partitions().stream().mapToLong(PartitionReport::credited).sum()).isEqualTo(report.credited());
    }

    @Test
    void aPartitionTakenOverAfterARestartShowsItsLastNodeAndTheLinesReadByBoth() {
        JobExecution killed = execution(7L, BatchStatus.FAILED);
        manager(killed, "creditRoster", 100L, 0);
        partition(killed, "creditRoster", 0, 101L, "node-1", BatchStatus.COMPLETED, 100, 100, 0);
        partition(killed, "creditRoster", 1, 102L, "node-2", BatchStatus.FAILED, 40, 40, 0);
        JobExecution restarted = execution(8L, BatchStatus.COMPLETED);
        manager(restarted, "creditRoster", 200L, 60);
        partition(restarted, "creditRoster", 1, 201L, "node-3", BatchStatus.COMPLETED, 60, 100, 0);

        BatchReport report = BatchReport.of(restarted, List.of(killed, restarted), null);

        assertThat(report.partitions()).containsExactly(
                new PartitionReport("creditRoster", 0, "node-1", "COMPLETED", 100, 100),
                new PartitionReport("creditRoster", 1, "node-3", "COMPLETED", 100, 100));
        assertThat(report.read()).isEqualTo(200);
        assertThat(report.credited()).isEqualTo(200);
    }

    @Test
    void aRunOnOneNodeListsNoPartitions() {
        JobExecution execution = execution(9L, BatchStatus.COMPLETED);
        StepExecution roster = execution.createStepExecution("creditRoster");
        roster.setId(300L);
        roster.setReadCount(5);
        new BatchCounters(roster.getExecutionContext()).credited(Map.of(Pot.EARMARKED, Money.ofFen(500)));

        BatchReport report = BatchReport.of(execution, List.of(execution), null);

        assertThat(report.partitions()).isEmpty();
        assertThat(report.read()).isEqualTo(5);
        assertThat(report.credited()).isEqualTo(1);
    }

    private JobExecution execution(long id, BatchStatus status) {
        JobExecution execution = new JobExecution(run, id, new JobParameters());
        execution.setStatus(status);
        return execution;
    }

    /** What Spring Batch's aggregation leaves in a manager step: its partitions' read counts, no counters. */
    private static void manager(JobExecution execution, String name, long id, long aggregatedRead) {
        StepExecution manager = execution.createStepExecution(name);
        manager.setId(id);
        manager.setReadCount(aggregatedRead);
    }

    private static void partition(JobExecution execution, String step, int index, long id, String node,
                                  BatchStatus status, long read, int credited, int rejected) {
        StepExecution partition = execution.createStepExecution(step + ":partition" + index);
        partition.setId(id);
        partition.setStatus(status);
        partition.setReadCount(read);
        partition.getExecutionContext().putInt(CreditPartition.INDEX, index);
        partition.getExecutionContext().putInt(CreditPartition.COUNT, 3);
        partition.getExecutionContext().putString(StepNode.KEY, node);
        BatchCounters counters = new BatchCounters(partition.getExecutionContext());
        for (int i = 0; i < credited; i++) {
            counters.credited(Map.of(Pot.EARMARKED, Money.ofFen(1_000)));
        }
        for (int i = 0; i < rejected; i++) {
            counters.rejected(i + 1, "p" + i, "malformed line");
        }
    }
}
