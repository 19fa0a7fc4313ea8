package ledger.app.eventstore;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's JDBC tables under snake_case names, as created by the Flyway migrations in
 * {@code db/migration/{h2,postgresql}/V1__axon_event_store.sql}. The JDBC engine (not JPA) avoids
 * Hibernate's sequence gaps and PostgreSQL large objects (shared/axon-notes.md).
 */
@Configuration(proxyBeanMethods = false)
class EventStoreSchema {

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable(EventTable.NAME)
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    /**
     * Unique-key violations (SQLSTATE 23505 on H2 and PostgreSQL) mean another append won the race:
     * Axon then raises a ConcurrencyException instead of a generic storage failure. The default
     * resolver looks for SQLIntegrityConstraintViolationException, which neither driver throws here.
     */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver("23505");
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }
}
