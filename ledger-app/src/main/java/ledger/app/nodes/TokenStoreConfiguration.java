package ledger.app.nodes;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.TokenStoreProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's JDBC token store, with this node's name as the owner of the segments it claims: an operator
 * reads in {@code GET /api/v1/projections} which node holds which segment. A claim that its node stops
 * renewing (killed, cut off) passes to another node after {@code axon.eventhandling.tokenstore.claim-timeout}
 * (10 s by default).
 */
@Configuration(proxyBeanMethods = false)
class TokenStoreConfiguration {

    @Bean
    TokenStore tokenStore(ConnectionProvider connections, Serializer serializer, TokenSchema schema,
                          TokenStoreProperties properties, NodeName node) {
        return JdbcTokenStore.builder()
                .connectionProvider(connections)
                .serializer(serializer)
                .schema(schema)
                .claimTimeout(properties.getClaimTimeout())
                .nodeId(node.value())
                .build();
    }
}
