package ledger.app.config;

import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * Every Axon unit of work is a Spring transaction with PROPAGATION_NESTED: alone (an HTTP request) an
 * ordinary transaction; inside a batch chunk a savepoint, so a refused line rolls back only itself
 * while the chunk's credits, counters and reader position commit together (docs/adr/0008-spring-batch.md).
 * Spring alone commits and rolls back: Axon's own connection wrapper would roll back the raw connection,
 * and with it the whole chunk, and Axon's SpringTransactionManager never completes a savepoint.
 */
@Configuration(proxyBeanMethods = false)
class TransactionConfiguration {

    private static final TransactionDefinition NESTED =
            new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED);

    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactions) {
        return () -> {
            TransactionStatus status = transactions.getTransaction(NESTED);
            return new Transaction() {
                @Override
                public void commit() {
                    if (!status.isCompleted()) {
                        transactions.commit(status);
                    }
                }

                @Override
                public void rollback() {
                    if (!status.isCompleted()) {
                        transactions.rollback(status);
                    }
                }
            };
        };
    }

    @Bean
    ConnectionProvider connectionProvider(DataSource dataSource) {
        return new SpringDataSourceConnectionProvider(dataSource);
    }
}
