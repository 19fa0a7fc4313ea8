package ledger.app;

import java.sql.SQLException;
import ledger.app.postgres.PostgresSchema;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The database the HTTP suite ({@link LedgerApiTest}) runs on: the embedded H2 file of its data directory
 * by default, or, with {@code -Dledger.test.store=postgresql} (the second Surefire execution of ledger-app's
 * pom), a PostgreSQL schema of its own in database {@code test} on 127.0.0.1:5432, so that the two stores
 * cannot drift apart. Without PostgreSQL that second run is skipped, saying so, except in CI, where
 * {@link PostgresSchema} fails instead.
 */
public final class HttpSuiteStore implements ExecutionCondition {

    static final String PROPERTY = "ledger.test.store";
    private static final boolean ON_POSTGRESQL = "postgresql".equals(System.getProperty(PROPERTY));
    private static final boolean IN_CI = "true".equalsIgnoreCase(System.getenv("CI"));
    private static PostgresSchema schema;

    static void register(DynamicPropertyRegistry registry) {
        if (ON_POSTGRESQL) {
            schema().ledgerProperties().forEach((name, value) -> registry.add(name, () -> value));
        }
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!ON_POSTGRESQL || IN_CI || PostgresSchema.reachable()) {
            return ConditionEvaluationResult.enabled("the HTTP suite runs on " + (ON_POSTGRESQL ? "PostgreSQL" : "H2"));
        }
        return ConditionEvaluationResult.disabled("SKIPPED: the HTTP suite on PostgreSQL did not run: no PostgreSQL "
                + "answers on 127.0.0.1:5432 (database test, user postgres without password)");
    }

    private static synchronized PostgresSchema schema() {
        if (schema == null) {
            try {
                schema = PostgresSchema.created("http_suite");
            } catch (SQLException unavailable) {
                throw new IllegalStateException("cannot create the HTTP suite's PostgreSQL schema", unavailable);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(HttpSuiteStore::dropSchema));
        }
        return schema;
    }

    private static void dropSchema() {
        try {
            schema.drop();
        } catch (SQLException leftBehind) {
            System.err.println("the HTTP suite's schema " + schema.name() + " was left behind: " + leftBehind);
        }
    }
}
