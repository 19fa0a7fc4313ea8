package ledger.app.batch;

import java.util.Map;
import javax.sql.DataSource;
import org.springframework.batch.item.database.JdbcPagingItemReader;
import org.springframework.batch.item.database.builder.JdbcPagingItemReaderBuilder;
import org.springframework.batch.item.database.support.SqlPagingQueryProviderFactoryBean;

/** Pages through the person ids of the account view in id order, restartably, a chunk at a time. */
final class AccountsOfRegion {

    private AccountsOfRegion() {
    }

    static JdbcPagingItemReader<String> reader(String name, DataSource dataSource, String where,
                                               Map<String, Object> values, int pageSize) throws Exception {
        SqlPagingQueryProviderFactoryBean query = new SqlPagingQueryProviderFactoryBean();
        query.setDataSource(dataSource);
        query.setSelectClause("person_id");
        query.setFromClause("account_view");
        query.setWhereClause(where);
        query.setSortKey("person_id");
        JdbcPagingItemReader<String> reader = new JdbcPagingItemReaderBuilder<String>()
                .name(name)
                .dataSource(dataSource)
                .queryProvider(query.getObject())
                .parameterValues(values)
                .rowMapper((row, number) -> row.getString("person_id"))
                .pageSize(pageSize)
                .saveState(true)
                .build();
        // ready when handed out, also inside a reader of one partition, which Spring does not initialise for it
        reader.afterPropertiesSet();
        return reader;
    }
}
