package ledger.app.batch;

import static ledger.app.http.LedgerUser.AUDITOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import ledger.app.accounts.AccountSteps;
import ledger.app.accounts.AccountToOpen;
import ledger.app.batch.BatchSteps.Report;
import ledger.app.eventstore.EventTable;
import ledger.app.http.LedgerHttp;
import ledger.app.nodes.LedgerNodes;
import ledger.app.nodes.ReadModelSegments;
import ledger.app.payments.PaymentToMake;
import ledger.app.postgres.PostgresSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The monthly run across three nodes on one PostgreSQL schema (docs/operations.md, "The monthly batch
 * across nodes"; ADR 24): node-1 starts and manages it, all three take its partitions from RabbitMQ, and
 * payments go on through node-1 meanwhile. A worker is killed with kill -9 while it runs a partition
 * whose first chunks it committed; the broker gives that partition to a living node, which resumes it
 * after its last committed chunk. Then every person is credited exactly once, the report's totals are
 * the sums of its partitions and count every roster line, balances equal their events, hash chains are
 * intact, the fund totals reconcile and every read model's segment is held by a living node, caught up.
 * The same holds when the managing node is killed and the run is restarted on another. Runs where
 * PostgreSQL and RabbitMQ answer; skipped, saying so, without RabbitMQ.
 */
class PartitionedBatchAcrossNodesIT {

    private static final int NODES = 3;
    private static final int PARTITIONS = 6;
    private static final int EMPLOYEES = 600;
    /** Small chunks: a partition of some 100 lines commits five times, so the kill lands inside one. */
    private static final String SMALL_CHUNKS = "--ledger.batch.chunk-size=20";
    private static final String PERIOD = "2024-05";
    private static final String OPENING_BALANCE = "5000.00";
    private static final Duration START = Duration.ofSeconds(240);
    private static final Duration RUN = Duration.ofMinutes(6);

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void aWorkerKilledMidPartitionLeavesItsPartitionToTheOthersAndEachPersonIsCreditedOnce() throws Exception {
        assumeTrue(Files.isRegularFile(LedgerNodes.jar()), LedgerNodes::missingJarMessage);
        PostgresSchema schema = PostgresSchema.created("partitioned");
        RabbitBroker broker = RabbitBroker.queueOfOwn("across-nodes");
        try (LedgerNodes nodes = LedgerNodes.started(NODES, arguments(schema, broker), START)) {
            LedgerHttp manager = nodes.http(0);
            List<String> persons = WuhanEmployees.named("wuhan-nodes", EMPLOYEES);
            openThroughEveryNode(nodes, persons);
            List<String> payers = IntStream.range(0, 3).mapToObj(i -> new AccountSteps(manager).opened(
                    new AccountToOpen(AccountToOpen.newPersonId("payer"), "BEIJING", "EMPLOYEE", "1980-05-20",
                            "2022-01-10", null, OPENING_BALANCE))).toList();
            Roster roster = WuhanEmployees.roster(persons, PERIOD);
            BatchSteps batches = new BatchSteps(manager, nodes.port(0));

            Report report;
            String victim;
            List<PaymentToMake> paid;
            try (PaymentLoad payments = PaymentLoad.start(manager, payers, 20261202L)) {
                long batchId = batches.started(roster, WuhanEmployees.REGION, PERIOD, null, "2024-06-05");
                victim = awaitWorkerMidPartition(batches, batchId, List.of(nodes.nameOf(1), nodes.nameOf(2)));
                nodes.kill(nodes.indexOf(victim));
                report = batches.awaitEnd(batchId, RUN);
                payments.close();
                assertThat(payments.unexpected()).as("payments refused").isEmpty();
                assertThat(payments.inFlight()).as("payments unanswered by node-1, which lived").isEmpty();
                paid = payments.acknowledged();
            }
            assertThat(report.status()).as("the run after %s was killed: %s", victim, report.answer())
                    .isEqualTo("COMPLETED");
            List<String> living = IntStream.range(0, NODES).mapToObj(nodes::nameOf).filter(n -> !n.equals(victim))
                    .toList();
            JsonNode segments = ReadModelSegments.awaitHeldBy(manager, living);

            expectEachPersonCreditedOnce(schema, persons);
            expectPartitionsSummed(report, roster, living);
            expectBalancesEqualEvents(manager, persons, payers, paid);
            for (String region : List.of(WuhanEmployees.REGION, "BEIJING")) {
                manager.as(AUDITOR).get("/api/v1/audit/regions/" + region + "/fund-totals").expectJson(200)
                        .expectField("reconciles", "true");
            }
            System.out.printf("monthly run of %d lines in %d partitions over %d nodes, %s killed mid-partition, "
                            + "%d payments meanwhile; partitions: %s; segments afterwards: %s%n", EMPLOYEES, PARTITIONS,
                    NODES, victim, paid.size(), report.answer().node("partitions"), segments.path("segments"));
        } finally {
            schema.drop();
            broker.deleteQueue();
        }
    }

    /**
     * The managing node killed: the workers finish the partitions sent, but the run stays RUNNING until
     * an operator restarts it on another node, which runs only what had not completed.
     */
    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void theManagingNodeKilledLeavesTheRunToARestartOnAnotherNodeAndEachPersonIsCreditedOnce() throws Exception {
        assumeTrue(Files.isRegularFile(LedgerNodes.jar()), LedgerNodes::missingJarMessage);
        PostgresSchema schema = PostgresSchema.created("partitioned");
        RabbitBroker broker = RabbitBroker.queueOfOwn("manager-killed");
        try (LedgerNodes nodes = LedgerNodes.started(NODES, arguments(schema, broker), START)) {
            List<String> persons = WuhanEmployees.named("wuhan-managed", EMPLOYEES);
            openThroughEveryNode(nodes, persons);
            Roster roster = WuhanEmployees.roster(persons, PERIOD);
            long batchId = new BatchSteps(nodes.http(0), nodes.port(0)).started(roster, WuhanEmployees.REGION, PERIOD,
                    null, "2024-06-05");
            List<String> everyNode = IntStream.range(0, NODES).mapToObj(nodes::nameOf).toList();
            awaitWorkerMidPartition(new BatchSteps(nodes.http(1), nodes.port(1)), batchId, everyNode);
            nodes.kill(0);

            BatchSteps survivor = new BatchSteps(nodes.http(1), nodes.port(1));
            awaitPartitionsEnded(survivor, batchId);
            long restartId = survivor.restarted(batchId);
            Report report = survivor.awaitEnd(restartId, RUN);
            assertThat(report.status()).as("the run restarted on node-2: %s", report.answer()).isEqualTo("COMPLETED");
            ReadModelSegments.awaitHeldBy(nodes.http(1), everyNode.subList(1, NODES));

            expectEachPersonCreditedOnce(schema, persons);
            expectPartitionsSummed(report, roster, everyNode);
            expectBalancesEqualEvents(nodes.http(1), persons, List.of(), List.of());
            nodes.http(1).as(AUDITOR).get("/api/v1/audit/regions/" + WuhanEmployees.REGION + "/fund-totals")
                    .expectJson(200).expectField("reconciles", "true");
        } finally {
            schema.drop();
            broker.deleteQueue();
        }
    }

    private static List<String> arguments(PostgresSchema schema, RabbitBroker broker) {
        List<String> arguments = new ArrayList<>(schema.ledgerArguments());
        arguments.addAll(broker.ledgerArguments(PARTITIONS));
        arguments.add(SMALL_CHUNKS);
        arguments.add(ReadModelSegments.ONE_SEGMENT_PER_NODE);
        return arguments;
    }

    /** Waits until no partition of the run waits or runs any more, while the run itself still reads RUNNING. */
    private static void awaitPartitionsEnded(BatchSteps batches, long batchId) {
        long deadline = System.nanoTime() + RUN.toNanos();
        JsonNode report = batches.report(batchId).expectJson(200).json();
        while (hasUnfinishedPartitions(report)) {
            assertThat(System.nanoTime()).as("partitions ended within %s: %s", RUN, report).isLessThan(deadline);
            BatchSteps.pause(200);
            report = batches.report(batchId).expectJson(200).json();
        }
        assertThat(report.path("status").asText()).as("the run whose manager died: %s", report).isEqualTo("RUNNING");
    }

    private static boolean hasUnfinishedPartitions(JsonNode report) {
        for (JsonNode partition : report.path("partitions")) {
            if (List.of("WAITING", "RUNNING").contains(partition.path("status").asText())) {
                return true;
            }
        }
        return false;
    }

    /** A third of the accounts through each node at once: the machine is shared and PostgreSQL is slower than H2. */
    private static void openThroughEveryNode(LedgerNodes nodes, List<String> persons) throws Exception {
        ExecutorService openers = Executors.newFixedThreadPool(NODES);
        try {
            List<Future<?>> opened = new ArrayList<>();
            for (int node = 0; node < NODES; node++) {
                LedgerHttp http = nodes.http(node);
                List<String> third = persons.subList(node * persons.size() / NODES, (node + 1) * persons.size() / NODES);
                opened.add(openers.submit(() -> {
                    WuhanEmployees.open(http, third);
                    return null;
                }));
            }
            for (Future<?> done : opened) {
                done.get();
            }
        } finally {
            openers.shutdownNow();
        }
    }

    /**
     * Waits until one of these workers runs a roster partition of which it committed a chunk, and answers
     * its name. Fails should the run end first.
     */
    private static String awaitWorkerMidPartition(BatchSteps batches, long batchId, List<String> workers) {
        long deadline = System.nanoTime() + RUN.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode report = batches.report(batchId).expectJson(200).json();
            for (JsonNode partition : report.path("partitions")) {
                if (workers.contains(partition.path("node").asText()) && "RUNNING".equals(partition.path("status")
                        .asText()) && partition.path("credited").asLong() > 0) {
                    return partition.path("node").asText();
                }
            }
            if (!"RUNNING".equals(report.path("status").asText())) {
                return fail("the run ended before a worker could be killed mid-partition: %s", report);
            }
            BatchSteps.pause(20);
        }
        return fail("no worker of %s was seen mid-partition within %s", workers, RUN);
    }

    private static void expectEachPersonCreditedOnce(PostgresSchema schema, List<String> persons) throws Exception {
        Map<String, Long> credits = new HashMap<>();
        try (Connection db = DriverManager.getConnection(PostgresSchema.URL + "?currentSchema=" + schema.name(),
                "postgres", "");
             ResultSet rows = db.createStatement().executeQuery("SELECT aggregate_identifier, COUNT(*) FROM "
                     + EventTable.NAME + " WHERE payload_type = '" + CreditEvents.TYPE + "' GROUP BY aggregate_identifier")) {
            while (rows.next()) {
                credits.put(rows.getString(1), rows.getLong(2));
            }
        }
        assertThat(credits.keySet()).as("persons credited").containsExactlyInAnyOrderElementsOf(persons);
        assertThat(credits).allSatisfy((person, count) -> assertThat(count).as("credits of %s", person).isEqualTo(1L));
    }

    /** Totals = sums of the partitions = the roster's lines; every partition completed, on one of these nodes. */
    private static void expectPartitionsSummed(Report report, Roster roster, List<String> living) {
        List<JsonNode> partitions = new ArrayList<>();
        report.answer().node("partitions").forEach(partitions::add);
        assertThat(partitions).as("partitions of %s", report.answer()).hasSize(2 * PARTITIONS)
                .allSatisfy(partition -> {
                    assertThat(partition.path("status").asText()).isEqualTo("COMPLETED");
                    assertThat(living).contains(partition.path("node").asText());
                });
        assertThat(report.read()).isEqualTo(roster.dataLines());
        assertThat(report.credited()).isEqualTo(EMPLOYEES);
        assertThat(report.skipped() + report.rejected()).isZero();
        assertThat(partitions.stream().mapToLong(p -> p.path("read").asLong()).sum()).isEqualTo(report.read());
        assertThat(partitions.stream().mapToLong(p -> p.path("credited").asLong()).sum()).isEqualTo(report.credited());
    }

    private static void expectBalancesEqualEvents(LedgerHttp node, List<String> persons, List<String> payers,
                                                  List<PaymentToMake> paid) {
        AccountSteps accounts = new AccountSteps(node);
        for (int i = 0; i < persons.size(); i++) {
            String credit = WuhanEmployees.credit(i).toPlainString();
            accounts.expectBalance(persons.get(i), "0.00", credit, credit);
            expectIntact(node, persons.get(i));
        }
        for (String payer : payers) {
            BigDecimal spent = paid.stream().filter(payment -> payment.personId().equals(payer))
                    .map(payment -> new BigDecimal(payment.amount())).reduce(BigDecimal.ZERO, BigDecimal::add);
            String left = new BigDecimal(OPENING_BALANCE).subtract(spent).toPlainString();
            accounts.expectBalance(payer, left, "0.00", left);
            expectIntact(node, payer);
        }
    }

    private static void expectIntact(LedgerHttp node, String person) {
        JsonNode verification = AuditedHistory.verification(node, person);
        assertThat(verification.path("hashChainIntact").asBoolean()).as("%s", verification).isTrue();
        assertThat(verification.path("projectionMatchesReplay").asBoolean()).as("%s", verification).isTrue();
    }
}
