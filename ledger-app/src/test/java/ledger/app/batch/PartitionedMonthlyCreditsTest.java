package ledger.app.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ledger.app.batch.BatchSteps.Report;
import ledger.app.batch.CreditEvents.Credit;
import ledger.app.http.LedgerHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A monthly run split into partitions over the local RabbitMQ (ADR 24), on one node that both manages
 * the run and takes its partitions: each person is credited once, by the partition that holds them,
 * and the report lists the partitions and sums them. {@code PartitionedBatchAcrossNodesIT} spreads them over three nodes
 * and kills one. Skipped, saying so, where no broker answers.
 */
class PartitionedMonthlyCreditsTest extends PartitionedLedgerTest {

    private static final String PERIOD = "2024-05";
    private static final int EMPLOYEES = 300;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aRunInPartitionsCreditsEachPersonOnceAndItsReportIsTheSumOfItsPartitions() throws Exception {
        LedgerHttp http = LedgerHttp.onPort(port);
        List<String> persons = WuhanEmployees.named("wuhan-partitioned", EMPLOYEES);
        WuhanEmployees.open(http, persons);
        Roster roster = WuhanEmployees.roster(persons, PERIOD);
        long mark = CreditEvents.lastGlobalIndex(jdbc);

        Report report = new BatchSteps(http, port).completed(roster, WuhanEmployees.REGION, PERIOD, null, "2024-06-05");

        List<Credit> credits = CreditEvents.after(jdbc, mark);
        assertThat(CreditEvents.count(credits, Credit::personId)).as("credits per person")
                .containsOnlyKeys(persons).allSatisfy((person, count) -> assertThat(count).isEqualTo(1L));
        assertThat(report.read()).isEqualTo(EMPLOYEES);
        assertThat(report.credited()).isEqualTo(EMPLOYEES);
        List<JsonNode> partitions = new ArrayList<>();
        report.answer().node("partitions").forEach(partitions::add);
        assertThat(partitions).extracting(p -> p.path("step").asText() + ":" + p.path("partition").asInt())
                .containsExactly("creditRoster:0", "creditRoster:1", "creditRoster:2",
                        "creditRetirees:0", "creditRetirees:1", "creditRetirees:2");
        assertThat(partitions).allSatisfy(partition -> {
            assertThat(partition.path("node").asText()).isEqualTo(NODE);
            assertThat(partition.path("status").asText()).isEqualTo("COMPLETED");
        });
        assertThat(partitions.stream().mapToLong(p -> p.path("read").asLong()).sum()).isEqualTo(report.read());
        assertThat(partitions.stream().mapToLong(p -> p.path("credited").asLong()).sum()).isEqualTo(report.credited());
        assertThat(partitions.subList(0, 3)).as("every roster partition has persons of its own")
                .allSatisfy(partition -> assertThat(partition.path("credited").asLong()).isPositive());
        Map<String, Long> perPartition = CreditEvents.count(credits, credit -> Math.floorMod(
                credit.personId().hashCode(), PARTITIONS) + "");
        partitions.subList(0, 3).forEach(partition -> assertThat(perPartition.get(partition.path("partition").asText()))
                .as("credits of the persons of %s", partition).isEqualTo(partition.path("credited").asLong()));
    }
}
