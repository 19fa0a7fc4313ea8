package ledger.app.batch;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every command handler honours a batch's dry run (see {@link DryRun}). */
@Configuration(proxyBeanMethods = false)
class DryRunConfiguration {

    @Bean
    ConfigurerModule dryRunCommands() {
        return configurer -> configurer.onInitialize(config -> config.onStart(() ->
                config.commandBus().registerHandlerInterceptor(new DryRun())));
    }
}
