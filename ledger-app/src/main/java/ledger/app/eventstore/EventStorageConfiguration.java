package ledger.app.eventstore;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;

/** The event storage engine, built as Axon's JDBC auto-configuration builds it, with prefetching. */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class EventStorageConfiguration {

    @Bean
    PrefetchingEventStorageEngine eventStorageEngine(@Qualifier("serializer") Serializer snapshotSerializer,
                                                     @Qualifier("eventSerializer") Serializer eventSerializer,
                                                     PersistenceExceptionResolver persistenceExceptionResolver,
                                                     Configuration configuration, ConnectionProvider connections,
                                                     TransactionManager transactions, EventSchema schema) {
        return new PrefetchingEventStorageEngine(JdbcEventStorageEngine.builder()
                .snapshotSerializer(snapshotSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connections)
                .transactionManager(transactions)
                .schema(schema));
    }
}
