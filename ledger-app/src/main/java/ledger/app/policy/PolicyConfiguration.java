package ledger.app.policy;

import java.util.Optional;
import ledger.app.config.LedgerProperties;
import ledger.policy.MonthlyCreditPolicy;
import ledger.policy.PolicyCatalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The region policies (policy/*.json, laid over by {@code ledger.policy-dir}) that every handler decides by. */
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
}
