package ledger.app.config;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * Axon's units of work run NESTED: alone (an HTTP request) that is an ordinary transaction; inside a
 * batch chunk it is a savepoint, so a refused line rolls back only itself while the chunk's credits,
 * its counters and its reader position commit together (docs/adr/0008-spring-batch.md).
 */
@Configuration(proxyBeanMethods = false)
class TransactionConfiguration {

    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactions) {
        return new SpringTransactionManager(transactions,
                new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED));
    }
}
