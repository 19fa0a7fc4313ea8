package ledger.app.nodes;

import static ledger.app.http.LedgerUser.AUDITOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import ledger.app.accounts.AccountSteps;
import ledger.app.accounts.AccountToOpen;
import ledger.app.eventstore.EventTable;
import ledger.app.family.FamilySteps;
import ledger.app.http.HttpAnswer;
import ledger.app.http.LedgerHttp;
import ledger.app.payments.PaymentSteps;
import ledger.app.payments.PaymentToMake;
import ledger.app.postgres.PostgresSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Three ledger processes on one PostgreSQL schema (docs/operations.md, "Several nodes"): members of one
 * family pay from the same family accounts through all three nodes at once, one node is killed with
 * kill -9 in the middle, the payments it left unanswered are sent again to another node, and then
 * every payment is applied once, every balance equals its events, the hash chains are intact, the fund
 * totals reconcile and the read models' segments have passed to the living nodes and caught up. Each node
 * claims at most one of the two segments, so two nodes share them and the third stands by; the node
 * killed is one that holds a segment.
 */
class MultiNodeIT {

    private static final int NODES = 3;
    private static final int MEMBERS = 3;
    private static final int PAYMENTS_PER_MEMBER = 30;
    private static final String FAMILY_BALANCE = "5000.00";
    private static final String OWN_BALANCE = "10.00";
    private static final Duration START = Duration.ofSeconds(240);

    private final Map<String, PaymentToMake> applied = new ConcurrentHashMap<>();
    private final List<String> unexpected = Collections.synchronizedList(new ArrayList<>());

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void paymentsThroughThreeNodesWithOneKilledAreEachAppliedOnceAndTheReadModelsPassToTheLiving() throws Exception {
        assumeTrue(Files.isRegularFile(LedgerNodes.jar()), LedgerNodes::missingJarMessage);
        PostgresSchema schema = PostgresSchema.created("multi_node");
        List<String> arguments = new ArrayList<>(schema.ledgerArguments());
        arguments.add(ReadModelSegments.ONE_SEGMENT_PER_NODE);
        try (LedgerNodes nodes = LedgerNodes.started(NODES, arguments, START)) {
            int victim = nodes.indexOf(awaitSpread(nodes.http(0)).get(1));
            List<String> living = IntStream.range(0, NODES).filter(node -> node != victim).mapToObj(nodes::nameOf)
                    .toList();
            LedgerHttp first = nodes.http(0);
            AccountSteps accounts = new AccountSteps(first);
            List<String> holders = List.of(accounts.opened(beijing("spouse", FAMILY_BALANCE)),
                    accounts.opened(beijing("parent", FAMILY_BALANCE)));
            List<String> members = IntStream.range(0, MEMBERS)
                    .mapToObj(i -> accounts.opened(beijing("member", OWN_BALANCE))).toList();
            FamilySteps family = new FamilySteps(nodes.http(1));
            for (String member : members) {
                family.registered(holders.get(0), member, "CHILD", "2022-10-15");
                family.registered(holders.get(1), member, "CHILD", "2022-10-20");
            }

            AtomicInteger acknowledged = new AtomicInteger();
            ExecutorService payers = Executors.newFixedThreadPool(MEMBERS);
            for (int m = 0; m < MEMBERS; m++) {
                String member = members.get(m);
                long seed = 20261202L + m;
                payers.submit(() -> pay(nodes, member, new Random(seed), acknowledged));
            }
            awaitAtLeast(acknowledged, MEMBERS * PAYMENTS_PER_MEMBER / 3);
            nodes.kill(victim);
            long killedAt = System.nanoTime();
            payers.shutdown();
            assertThat(payers.awaitTermination(8, TimeUnit.MINUTES)).as("payers done").isTrue();
            assertThat(unexpected).as("answers other than 200 and 201").isEmpty();

            LedgerHttp survivor = nodes.http(nodes.indexOf(living.get(0)));
            JsonNode projections = ReadModelSegments.awaitHeldBy(survivor, living);
            long takeOverMillis = Duration.ofNanos(System.nanoTime() - killedAt).toMillis();
            expectEachPaymentAppliedOnce(survivor, schema);
            List<String> everyone = new ArrayList<>(holders);
            everyone.addAll(members);
            expectMoneyKept(new AccountSteps(survivor), everyone);
            everyone.forEach(person -> expectIntact(survivor, person));
            survivor.as(AUDITOR).get("/api/v1/audit/regions/BEIJING/fund-totals").expectJson(200)
                    .expectField("reconciles", "true");
            System.out.printf("%d payments through %d nodes, %s killed; its segment held again and caught up "
                    + "%d ms after the kill; segments afterwards: %s%n", applied.size(), NODES, nodes.nameOf(victim),
                    takeOverMillis, projections.path("segments"));
        } finally {
            schema.drop();
        }
    }

    /** One member's settlement system: each payment to the next node; one left unanswered goes to another. */
    private void pay(LedgerNodes nodes, String member, Random random, AtomicInteger acknowledged) {
        for (int n = 0; n < PAYMENTS_PER_MEMBER; n++) {
            PaymentToMake payment = PaymentToMake.of(member, (1 + random.nextInt(9)) + "." + (10 + random.nextInt(90)))
                    .usingFamilyAccounts().withPaymentId("multi-" + member + "-" + n);
            for (int node = n % NODES; ; node = (node + 1) % NODES) {
                HttpAnswer answer;
                try {
                    answer = new PaymentSteps(nodes.http(node)).pay(payment);
                } catch (UncheckedIOException unanswered) {
                    continue;
                }
                if (answer.status() == 200 || answer.status() == 201) {
                    applied.put(payment.paymentId(), payment);
                    acknowledged.incrementAndGet();
                } else {
                    unexpected.add(payment.paymentId() + " on " + nodes.nameOf(node) + ": " + answer);
                }
                break;
            }
        }
    }

    private static void awaitAtLeast(AtomicInteger acknowledged, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (acknowledged.get() < count) {
            assertThat(System.nanoTime()).as("%d payments acknowledged within 3 minutes", count).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    /** The nodes holding segments 0 and 1, once two different nodes hold them (the third stands by). */
    private static List<String> awaitSpread(LedgerHttp node) throws InterruptedException {
        long deadline = System.nanoTime() + ReadModelSegments.TAKE_OVER.toNanos();
        JsonNode status = ReadModelSegments.readModels(node);
        List<String> holders = holders(status);
        while (holders.size() != 2 || holders.contains("") || holders.get(0).equals(holders.get(1))) {
            assertThat(System.nanoTime())
                    .as("the two segments held by two nodes within %s: %s", ReadModelSegments.TAKE_OVER, status)
                    .isLessThan(deadline);
            Thread.sleep(200);
            status = ReadModelSegments.readModels(node);
            holders = holders(status);
        }
        return holders;
    }

    private static List<String> holders(JsonNode status) {
        List<String> holders = new ArrayList<>();
        status.path("segments").forEach(segment -> holders.add(segment.path("node").asText("")));
        return holders;
    }

    private void expectEachPaymentAppliedOnce(LedgerHttp node, PostgresSchema schema) throws SQLException {
        assertThat(applied).as("payments applied").hasSize(MEMBERS * PAYMENTS_PER_MEMBER);
        PaymentSteps payments = new PaymentSteps(node);
        applied.values().forEach(payment -> payments.payment(payment.paymentId()).expectJson(200)
                .expectFields("paymentId", payment.paymentId(), "settlement.accountPaid", payment.amount()));
        try (Connection db = DriverManager.getConnection(PostgresSchema.URL + "?currentSchema=" + schema.name(),
                "postgres", "");
             ResultSet settled = db.createStatement().executeQuery("SELECT aggregate_identifier, COUNT(*) FROM "
                     + EventTable.NAME + " WHERE payload_type LIKE '%.PaymentSettled' GROUP BY aggregate_identifier")) {
            int streams = 0;
            while (settled.next()) {
                streams++;
                assertThat(settled.getLong(2)).as("PaymentSettled events of %s", settled.getString(1)).isEqualTo(1);
            }
            assertThat(streams).as("settled payment streams").isEqualTo(applied.size());
        }
    }

    /** What left the five accounts is exactly what the payments took: the family pays them all, no cash. */
    private void expectMoneyKept(AccountSteps accounts, List<String> everyone) {
        BigDecimal paid = applied.values().stream().map(payment -> new BigDecimal(payment.amount()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal before = new BigDecimal(FAMILY_BALANCE).multiply(BigDecimal.valueOf(2))
                .add(new BigDecimal(OWN_BALANCE).multiply(BigDecimal.valueOf(MEMBERS)));
        BigDecimal after = everyone.stream()
                .map(person -> new BigDecimal(accounts.account(person).expectJson(200).text("balance.total")))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(before.subtract(after)).as("left the accounts").isEqualByComparingTo(paid);
    }

    private static void expectIntact(LedgerHttp node, String person) {
        node.as(AUDITOR).get("/api/v1/audit/accounts/" + person + "/verification").expectJson(200)
                .expectFields("hashChainIntact", "true", "projectionMatchesReplay", "true");
    }

    private static AccountToOpen beijing(String label, String legacy) {
        return new AccountToOpen(AccountToOpen.newPersonId(label), "BEIJING", "EMPLOYEE", "1980-05-20", "2022-01-10",
                null, legacy);
    }
}
