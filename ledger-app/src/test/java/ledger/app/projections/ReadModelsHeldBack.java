package ledger.app.projections;

import ledger.projections.account.AccountReadModelProjection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;

/**
 * The account read models held back for a test: their processor stopped on this node (the test's only
 * node), so their tokens stay where they were while the ledger keeps storing events; closing starts it again.
 */
public final class ReadModelsHeldBack implements AutoCloseable {

    private final StreamingEventProcessor processor;

    private ReadModelsHeldBack(StreamingEventProcessor processor) {
        this.processor = processor;
    }

    public static ReadModelsHeldBack holdBack(EventProcessingConfiguration processing) {
        StreamingEventProcessor processor = processing.eventProcessor(AccountReadModelProjection.PROCESSING_GROUP,
                StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        ProcessorRestart.giveBackLostThreads(processor);
        return new ReadModelsHeldBack(processor);
    }

    @Override
    public void close() {
        processor.start();
    }
}
