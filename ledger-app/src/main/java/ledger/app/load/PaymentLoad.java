package ledger.app.load;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The load command (docs/operations.md, "Load"): opens accounts on a running ledger, then drives payments
 * at a number of connections for a number of seconds, then account reads the same way, and prints
 * throughput, p50, p90, p99 and errors of each, and the ratio of the two rates. A plain main, so the
 * generator is not the ledger's process:
 * <pre>
 * java -cp ledger-app/target/ledger-app.jar -Dloader.main=ledger.app.load.PaymentLoad \
 *   org.springframework.boot.loader.launch.PropertiesLauncher --accounts=1000 --connections=32 --seconds=60
 * </pre>
 * {@code --family=3}: every payer is a registered family member of three account holders, has no money of
 * his own and pays with {@code useFamilyAccounts}. {@code --url=http://a:8080,http://b:8080}: several nodes
 * of one ledger, the workers spread over them (a payer pays on every node in turn).
 */
public final class PaymentLoad {

    private static final String[] RELATIONS = {"SPOUSE", "PARENT", "PARENT"};

    private final LoadTarget ledger;
    private final Map<String, String> options;
    private final int connections;
    private final String run = Long.toString(System.currentTimeMillis(), 36);

    PaymentLoad(Map<String, String> options) {
        this.options = options;
        this.connections = number("connections", 32);
        this.ledger = new LoadTarget(List.of(url().split(",")), connections);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] option = arg.replaceFirst("^--", "").split("=", 2);
            options.put(option[0], option.length == 2 ? option[1] : "true");
        }
        try {
            new PaymentLoad(options).run();
            System.exit(0);
        } catch (Exception failed) {
            System.err.println("[load] failed: " + failed);
            System.exit(1);
        }
    }

    /** The two phases' results, payments first. */
    List<Phase.Result> run() throws Exception {
        int accounts = number("accounts", 1_000);
        int family = number("family", 0);
        if (family < 0 || family > RELATIONS.length) {
            throw new IllegalArgumentException("--family is 0 to " + RELATIONS.length);
        }
        int warmup = number("warmup", 10);
        int seconds = number("seconds", 60);
        print("ledger " + url() + ", run " + run + ", "
                + accounts + " payers" + (family > 0 ? ", each paying from the accounts of " + family + " family holders" : "")
                + ", " + warmup + " s warm-up, then " + seconds + " s per phase");
        awaitLedger();
        List<String> payers = open(accounts, family);
        Phase.Result payments = Phase.run("payments", connections, warmup, seconds,
                (worker, n) -> pay(worker, payers.get((int) (n % payers.size())), n, family > 0));
        print(payments.line());
        Phase.Result reads = Phase.run("account reads", connections, warmup, seconds,
                (worker, n) -> ledger.get(worker, caseworker(), "/api/v1/accounts/" + payers.get(random(payers.size()))));
        print(reads.line());
        print(String.format("payments / account reads = %.2f", payments.perSecond() / reads.perSecond()));
        return List.of(payments, reads);
    }

    /** A ledger started a moment ago may not answer yet; every node is asked. */
    private void awaitLedger() throws InterruptedException {
        for (int node = 0; node < ledger.nodeCount(); node++) {
            awaitNode(node);
        }
    }

    private void awaitNode(int node) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                expect(ledger.get(node, caseworker(), "/actuator/health/liveness"), "the liveness probe");
                return;
            } catch (Exception notYet) {
                if (attempt == 120) {
                    throw new IllegalStateException("node " + node + " did not answer within 2 minutes: " + notYet);
                }
                Thread.sleep(1_000);
            }
        }
    }

    /** The payers, opened in parallel; with {@code family}, each with that many holders who registered him. */
    private List<String> open(int payers, int family) throws Exception {
        ExecutorService openers = Executors.newFixedThreadPool(connections);
        try {
            List<Future<String>> opened = new ArrayList<>();
            for (int i = 0; i < payers; i++) {
                String payer = "LOAD-" + run + "-" + i;
                int node = i;
                opened.add(openers.submit(() -> openPayer(node, payer, family)));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> payer : opened) {
                ids.add(payer.get());
            }
            print("opened " + ids.size() * (family + 1) + " accounts");
            return ids;
        } finally {
            openers.shutdownNow();
        }
    }

    /** The payer's id, and with {@code family} his holders' ({@code <payer>-H0}, ...); opened on one node. */
    private String openPayer(int node, String payer, int family) throws Exception {
        openAccount(node, payer, family > 0 ? null : "1000000.00");
        for (int h = 0; h < family; h++) {
            String holder = payer + "-H" + h;
            openAccount(node, holder, "1000000.00");
            expect(ledger.post(node, caseworker(), "/api/v1/accounts/" + holder + "/family-members", """
                    {"memberId":"%s","relation":"%s","registeredOn":"2024-01-01"}""".formatted(payer, RELATIONS[h])),
                    "registering " + payer + " with " + holder);
        }
        return payer;
    }

    private void openAccount(int node, String personId, String legacyBalance) throws Exception {
        expect(ledger.post(node, caseworker(), "/api/v1/accounts", """
                {"personId":"%s","region":"BEIJING","category":"EMPLOYEE","birthDate":"1980-01-01",\
                "openedOn":"2020-01-01"%s}""".formatted(personId,
                legacyBalance == null ? "" : ",\"legacyWithdrawableBalance\":\"" + legacyBalance + "\"")),
                "opening " + personId);
    }

    private LoadTarget.Answer pay(int worker, String payer, long n, boolean useFamilyAccounts) throws Exception {
        return ledger.post(worker, options.getOrDefault("settlement", "settlement:settlement"), "/api/v1/payments", """
                {"paymentId":"P-%s-%d","personId":"%s","amount":"1.00","occurredAt":"%s","institutionId":"LOAD-HOSPITAL",\
                "purpose":"MEDICAL","channel":"E_VOUCHER","useFamilyAccounts":%s}""".formatted(run, n, payer,
                OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS), useFamilyAccounts));
    }

    private static void expect(LoadTarget.Answer answer, String what) {
        if (answer.status() / 100 != 2) {
            throw new IllegalStateException(what + " answered " + answer.status() + ": " + answer.body());
        }
    }

    /** One node's address, or several, separated by commas. */
    private String url() {
        return options.getOrDefault("url", "http://localhost:8080");
    }

    private String caseworker() {
        return options.getOrDefault("caseworker", "caseworker:caseworker");
    }

    private int number(String option, int otherwise) {
        return options.containsKey(option) ? Integer.parseInt(options.get(option)) : otherwise;
    }

    private static int random(int bound) {
        return ThreadLocalRandom.current().nextInt(bound);
    }

    private static void print(String line) {
        System.out.println("[load] " + line);
    }
}
