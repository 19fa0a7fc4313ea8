package ledger.app.audit;

import ledger.projections.fund.FundTotals;
import ledger.projections.fund.FundTotalsProjection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The fund's totals per region, month, pot and kind: the read model the auditors reconcile with the balances. */
@Configuration(proxyBeanMethods = false)
class FundTotalsConfiguration {

    @Bean
    FundTotalsProjection fundTotalsProjection(JdbcTemplate jdbc) {
        return new FundTotalsProjection(jdbc);
    }

    @Bean
    FundTotals fundTotals(JdbcTemplate jdbc) {
        return new FundTotals(jdbc);
    }
}
