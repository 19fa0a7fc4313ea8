package ledger.app.projections;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import ledger.projections.account.AccountReadModelProjection;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * What the read models' processor does around their handlers. Each commit is signalled to the writes
 * waiting for it (ADR 28). An event they cannot apply (ADR 13, docs/operations.md "Dead letters")
 * is parked in Axon's JDBC dead-letter queue with its cause, the account's later events
 * queue behind it in order, and every other account keeps updating. Nothing is skipped: a parked
 * event stays until a retry applies it or an operator evicts it.
 */
@Configuration(proxyBeanMethods = false)
class ProjectionConfiguration {

    /** The processing groups whose failed events are parked: every read model of the ledger. */
    static final List<String> PARKING_GROUPS = List.of(AccountReadModelProjection.PROCESSING_GROUP);
    /**
     * Accounts parked at once, and events parked behind one account. Past either limit Axon refuses to
     * park and the segment stops and retries, as before dead letters: a fault that hits that many
     * accounts is no single poisoned event.
     */
    static final int MAX_PARKED_ACCOUNTS = 10_000;
    static final int MAX_PARKED_PER_ACCOUNT = 10_000;
    /**
     * Accounts per segment remembered as not parked while the queue holds letters; while it is empty
     * no account is looked up at all (Axon's sequence identifier cache). Axon keeps them in a list it
     * scans for every event, so a few hundred: enough for the bursts of one account's events that a
     * payment or a family registration writes, small enough to scan in a microsecond.
     */
    private static final int NOT_PARKED_CACHE_SIZE = 256;

    @Bean
    ConfigurerModule parkedReadModelEvents(ConnectionProvider connections, TransactionManager transactions,
                                           DeadLetterSchema schema, @Qualifier("serializer") Serializer general,
                                           @Qualifier("eventSerializer") Serializer events) {
        return configurer -> PARKING_GROUPS.forEach(group -> configurer.eventProcessing()
                .registerDeadLetterQueue(group, config -> queue(group, connections, transactions, schema, general,
                        events))
                .registerDeadLetterPolicy(group, config -> new ParkingPolicy())
                .registerDeadLetteringEventHandlerInvokerConfiguration(group, (config, invoker) -> invoker
                        // a rebuild empties the queue with the read models; the replay parks again what still fails
                        .allowReset(true)
                        .enableSequenceIdentifierCache()
                        .sequenceIdentifierCacheSize(NOT_PARKED_CACHE_SIZE)));
    }

    /** The read models' commits, for the writes that wait until they show them (ReadModelCatchUp). */
    @Bean
    ConfigurerModule readModelCommitsSignalled(CommittedStreams committed) {
        return configurer -> configurer.eventProcessing()
                .registerHandlerInterceptor(AccountReadModelProjection.PROCESSING_GROUP,
                        config -> committed.signalAfterCommit());
    }

    /** A batch that failed is replayed with each handler in a savepoint: the one that fails leaves nothing behind. */
    @Bean
    ProjectionSavepoints projectionSavepoints(PlatformTransactionManager transactions, MeterRegistry meters) {
        return new ProjectionSavepoints(transactions, PARKING_GROUPS, meters);
    }

    /** Axon's dead-letter table under snake_case names, as created by {@code V8__dead_letters.sql}. */
    @Bean
    DeadLetterSchema deadLetterSchema() {
        return DeadLetterSchema.builder()
                .deadLetterTable("dead_letter_entry")
                .deadLetterIdentifierColumn("dead_letter_id")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("aggregate_type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }

    private static SequencedDeadLetterQueue<EventMessage<?>> queue(String group, ConnectionProvider connections,
                                                                   TransactionManager transactions,
                                                                   DeadLetterSchema schema, Serializer general,
                                                                   Serializer events) {
        return JdbcSequencedDeadLetterQueue.builder()
                .processingGroup(group)
                .connectionProvider(connections)
                .transactionManager(transactions)
                .schema(schema)
                .genericSerializer(general)
                .eventSerializer(events)
                .maxSequences(MAX_PARKED_ACCOUNTS)
                .maxSequenceSize(MAX_PARKED_PER_ACCOUNT)
                .build();
    }
}
