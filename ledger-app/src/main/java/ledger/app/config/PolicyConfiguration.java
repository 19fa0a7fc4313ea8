package ledger.app.config;

import java.time.Clock;
import java.util.Optional;
import ledger.policy.MonthlyCreditPolicy;
import ledger.policy.PolicyCatalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PolicyConfiguration {

    @Bean
    PolicyCatalog policyCatalog(LedgerProperties properties) {
        return PolicyCatalog.withOverrides(Optional.ofNullable(properties.policyDir()));
    }

    @Bean
    MonthlyCreditPolicy monthlyCreditPolicy(PolicyCatalog catalog) {
        return new MonthlyCreditPolicy(catalog);
    }

    @Bean
    Clock clock(LedgerProperties properties) {
        return Clock.system(properties.timeZone());
    }
}
