package ledger.app.batch;

import java.nio.file.Path;
import ledger.app.DataDirectories;
import ledger.app.LedgerApplication;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One ledger, named {@code solo}, whose monthly runs are split into three partitions over the local
 * RabbitMQ (ADR 24): it both manages its runs and takes their partitions. Its subclasses share it and a
 * queue of their own, deleted when the context closes. Skipped, saying so, where no broker answers.
 */
@SpringBootTest(classes = LedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ledger.batch.partitions=3", "ledger.node-id=solo", "management.health.rabbit.enabled=true"})
@Import(PartitionedLedgerTest.QueueDeletion.class)
public abstract class PartitionedLedgerTest {

    protected static final String NODE = "solo";
    protected static final int PARTITIONS = 3;
    protected static final Path DATA_DIR = DataDirectories.fresh("partitioned");
    private static final RabbitBroker BROKER = RabbitBroker.named("partitioned");

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void brokerAnswers() {
        RabbitBroker.assumeReachable();
    }

    @DynamicPropertySource
    static void dataDirectoryAndQueue(DynamicPropertyRegistry registry) {
        registry.add("ledger.data-dir", DATA_DIR::toString);
        registry.add("ledger.batch.partition-queue", BROKER::queue);
    }

    /**
     * Deletes the queue when the context closes, after its listener has stopped: deleted before, the
     * listener would declare it again.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class QueueDeletion {

        @Bean
        DisposableBean partitionQueueDeletion() {
            return BROKER::deleteQueue;
        }
    }
}
