package db.migration.common;

import java.sql.Connection;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Spring Batch's job repository tables, from the script Spring Batch ships for the database in use,
 * run once under Flyway like every other table (see docs/adr/0008-spring-batch.md).
 */
public class V5__spring_batch_schema extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        String script = product.contains("postgres") ? "schema-postgresql.sql" : "schema-h2.sql";
        ScriptUtils.executeSqlScript(connection, new ClassPathResource("org/springframework/batch/core/" + script));
    }
}
