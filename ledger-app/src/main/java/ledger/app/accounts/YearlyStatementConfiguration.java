package ledger.app.accounts;

import ledger.projections.statement.YearlyStatementProjection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The yearly statement wires its own read model; its controller reads it with {@code YearlyStatements}. */
@Configuration(proxyBeanMethods = false)
class YearlyStatementConfiguration {

    @Bean
    YearlyStatementProjection yearlyStatementProjection(JdbcTemplate jdbc) {
        return new YearlyStatementProjection(jdbc);
    }
}
