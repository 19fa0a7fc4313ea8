package ledger.app.batch;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

/**
 * The local RabbitMQ (127.0.0.1:5672, guest/guest) that a monthly run partitioned across nodes needs
 * (ADR 24). {@code .ci/services} starts it where it is installed; where no broker answers, the tests of
 * partitioned runs are skipped, saying so (CI too: RabbitMQ is optional there). Each test uses a queue
 * of its own, so runs in parallel on one broker never take each other's partitions.
 */
public final class RabbitBroker {

    private final String queue;

    private RabbitBroker(String queue) {
        this.queue = queue;
    }

    /** A queue name of this test's own, or a skip when no broker answers. */
    public static RabbitBroker queueOfOwn(String label) {
        assumeReachable();
        return named(label);
    }

    /** A queue name of this test's own, before anyone asked whether a broker answers. */
    static RabbitBroker named(String label) {
        return new RabbitBroker("ledger-test." + label + "." + UUID.randomUUID().toString().substring(0, 8));
    }

    public static void assumeReachable() {
        assumeTrue(reachable(), "SKIPPED: no RabbitMQ answers on 127.0.0.1:5672 (guest/guest); "
                + "the tests of the monthly run across nodes did not run");
    }

    /**
     * The ledger's arguments for a partitioned run over this queue: what the {@code cluster} profile sets,
     * which like any profile but the embedded default would also want users configured.
     */
    public List<String> ledgerArguments(int partitions) {
        return List.of("--ledger.batch.partitions=" + partitions, "--ledger.batch.partition-queue=" + queue,
                "--management.health.rabbit.enabled=true");
    }

    public String queue() {
        return queue;
    }

    public void deleteQueue() throws IOException, TimeoutException {
        try (Connection connection = factory().newConnection(); Channel channel = connection.createChannel()) {
            channel.queueDelete(queue);
        }
    }

    private static boolean reachable() {
        try (Connection ignored = factory().newConnection()) {
            return true;
        } catch (IOException | TimeoutException unreachable) {
            return false;
        }
    }

    private static ConnectionFactory factory() {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setPort(5672);
        factory.setUsername("guest");
        factory.setPassword("guest");
        factory.setConnectionTimeout(2_000);
        return factory;
    }
}
