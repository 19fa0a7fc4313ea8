package ledger.app.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Axon's message monitors come from {@link AxonMeters}; axon-spring-boot wires them when this bean exists. */
@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

    @Bean
    AxonMeters axonMeters(MeterRegistry registry) {
        return new AxonMeters(registry);
    }
}
