package ledger.app.projections;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A processor restarted right after its start still claims every segment (AxonFramework #2848: a shutdown
 * while the launcher claims the last segment cost a thread for good). Without the repair the loss shows in
 * the first few of these restarts on the development machine.
 */
class ProcessorRestartTest {

    private static final int SEGMENTS = 2;
    private static final int RESTARTS = 200;

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final TrackingEventProcessor processor = TrackingEventProcessor.builder()
            .name("restarted")
            .eventHandlerInvoker(SimpleEventHandlerInvoker.builder()
                    .eventHandlers((EventMessageHandler) event -> null).build())
            .messageSource(store)
            .tokenStore(new InMemoryTokenStore())
            .transactionManager(NoTransactionManager.INSTANCE)
            .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration
                    .forParallelProcessing(SEGMENTS).andInitialSegmentsCount(SEGMENTS))
            .build();

    @AfterEach
    void stop() {
        processor.shutDown();
        store.shutDown();
    }

    @Test
    void aProcessorStoppedWhileItClaimsItsSegmentsKeepsEveryThread() throws InterruptedException {
        for (int restart = 1; restart < RESTARTS; restart++) {
            ProcessorRestart.restart(processor, () -> { });
        }
        ProcessorRestart.restart(processor, () -> assertThat(processor.availableProcessorThreads())
                .as("threads free while stopped, after %d restarts", RESTARTS).isEqualTo(SEGMENTS));
        awaitClaimed(SEGMENTS);
        assertThat(processor.processingStatus()).as("segments claimed").hasSize(SEGMENTS);
    }

    private void awaitClaimed(int segments) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (processor.processingStatus().size() < segments && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
    }
}
