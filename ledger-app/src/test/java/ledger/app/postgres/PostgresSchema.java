package ledger.app.postgres;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A schema of one test's own, with a random suffix, in database {@code test} on 127.0.0.1:5432: other
 * tests run against the same database at the same time. When no PostgreSQL answers there the test is
 * skipped, saying so, except in CI ({@code CI=true}), where {@code .ci/run} provisions PostgreSQL and a
 * skip would hide that the PostgreSQL tests did not run: there the test fails.
 */
public final class PostgresSchema {

    public static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
    static final String USER = "postgres";

    private final String name;

    private PostgresSchema(String name) {
        this.name = name;
    }

    /** Creates a fresh schema named {@code <label>_<random>}, or skips (fails in CI) without PostgreSQL. */
    public static PostgresSchema created(String label) throws SQLException {
        expectReachable();
        PostgresSchema schema = new PostgresSchema(label + "_" + UUID.randomUUID().toString().replace("-", "")
                .substring(0, 12));
        schema.execute("CREATE SCHEMA " + schema.name);
        return schema;
    }

    /** The arguments that point a ledger at this schema: datasource, user and Flyway's schema. */
    public List<String> ledgerArguments() {
        return ledgerProperties().entrySet().stream().map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toList();
    }

    /** The same as {@link #ledgerArguments()}, as properties. */
    public Map<String, String> ledgerProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", URL + "?currentSchema=" + name);
        properties.put("spring.datasource.username", USER);
        properties.put("spring.datasource.password", "");
        properties.put("spring.flyway.schemas", name);
        return properties;
    }

    public String name() {
        return name;
    }

    public void drop() throws SQLException {
        execute("DROP SCHEMA " + name + " CASCADE");
    }

    private static void expectReachable() {
        if (reachable()) {
            return;
        }
        String message = "no PostgreSQL answers on 127.0.0.1:5432 (database test, user postgres without password); "
                + "the PostgreSQL tests did not run";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true and " + message + ": .ci/run provisions it, so this is a broken CI machine");
        }
        assumeTrue(false, "SKIPPED: " + message);
    }

    /** Whether a PostgreSQL answers on 127.0.0.1:5432, database test, user postgres without password. */
    public static boolean reachable() {
        try (Connection ignored = DriverManager.getConnection(URL, USER, "")) {
            return true;
        } catch (SQLException unreachable) {
            return false;
        }
    }

    void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, USER, "")) {
            connection.createStatement().execute(sql);
        }
    }
}
