package ledger.app.postgres;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import ledger.app.LedgerApplication;
import ledger.app.http.LedgerHttp;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A ledger running in this test's JVM on a PostgreSQL schema of its own ({@link PostgresSchema}), on
 * a random port; stopping it drops the schema.
 */
final class PostgresLedger {

    private final PostgresSchema schema;
    private final ConfigurableApplicationContext context;

    private PostgresLedger(PostgresSchema schema, ConfigurableApplicationContext context) {
        this.schema = schema;
        this.context = context;
    }

    /** {@code extraSources}: test configuration the ledger starts with, beside the application. */
    static PostgresLedger started(String label, Class<?>... extraSources) throws SQLException {
        PostgresSchema schema = PostgresSchema.created(label);
        List<String> arguments = new ArrayList<>(schema.ledgerArguments());
        arguments.addAll(List.of("--server.port=0", "--ledger.data-dir=target/test-data/" + label));
        Class<?>[] sources = Stream.concat(Stream.of(LedgerApplication.class), Stream.of(extraSources))
                .toArray(Class<?>[]::new);
        try {
            return new PostgresLedger(schema, new SpringApplicationBuilder(sources).run(arguments.toArray(String[]::new)));
        } catch (RuntimeException failedToStart) {
            schema.drop();
            throw failedToStart;
        }
    }

    LedgerHttp http() {
        return LedgerHttp.onPort(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    void stop() throws SQLException {
        context.close();
        schema.drop();
    }
}
