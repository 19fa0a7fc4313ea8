package ledger.app.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Today" for a request that gives no date, reckoned in {@code ledger.time-zone}. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock(LedgerProperties properties) {
        return Clock.system(properties.timeZone());
    }
}
