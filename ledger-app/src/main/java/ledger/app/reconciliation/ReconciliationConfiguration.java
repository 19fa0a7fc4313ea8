package ledger.app.reconciliation;

import ledger.app.config.LedgerProperties;
import ledger.policy.PolicyCatalog;
import ledger.projections.reconciliation.InstitutionDays;
import ledger.projections.reconciliation.InstitutionSettlementProjection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The daily reconciliation per institution wires its own read model and query. */
@Configuration(proxyBeanMethods = false)
class ReconciliationConfiguration {

    @Bean
    InstitutionSettlementProjection institutionSettlementProjection(JdbcTemplate jdbc, PolicyCatalog policies,
                                                                    LedgerProperties properties) {
        return new InstitutionSettlementProjection(jdbc,
                region -> region == null ? properties.timeZone() : policies.region(region).timeZone());
    }

    @Bean
    InstitutionDays institutionDays(JdbcTemplate jdbc) {
        return new InstitutionDays(jdbc);
    }
}
