package ledger.app.eventstore;

import java.util.Map;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The acting user on every command and, copied from it, on every event it produced, where the hash chain
 * covers it; Axon's trace and correlation ids beside it.
 */
@Configuration(proxyBeanMethods = false)
class ActorConfiguration {

    @Bean
    CorrelationDataProvider actorCorrelation() {
        return new SimpleCorrelationDataProvider(MetaDataKeys.ACTOR);
    }

    /** Declaring any correlation provider drops Axon's default one, so it is declared again. */
    @Bean
    CorrelationDataProvider messageOriginCorrelation() {
        return new MessageOriginProvider();
    }

    @Bean
    ConfigurerModule actorOnEveryCommand() {
        return configurer -> configurer.onInitialize(config -> config.onStart(() ->
                config.commandBus().registerDispatchInterceptor(actorInterceptor())));
    }

    private static MessageDispatchInterceptor<CommandMessage<?>> actorInterceptor() {
        return messages -> (index, command) -> command.getMetaData().containsKey(MetaDataKeys.ACTOR)
                ? command
                : command.andMetaData(Map.of(MetaDataKeys.ACTOR, currentActor()));
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
