package ledger.app.eventstore;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every domain event joins its aggregate's hash chain as it is published (docs/audit.md, ADR 9). */
@Configuration(proxyBeanMethods = false)
class HashChainConfiguration {

    @Bean
    ConfigurerModule hashChainOnEveryEvent(RawEvents rawEvents, ObjectMapper json) {
        return configurer -> configurer.onInitialize(config -> config.onStart(Integer.MIN_VALUE, () ->
                config.eventBus().registerDispatchInterceptor(
                        new HashChainStamper(config.eventSerializer(), rawEvents, json))));
    }
}
