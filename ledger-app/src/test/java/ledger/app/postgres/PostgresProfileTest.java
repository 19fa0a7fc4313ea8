package ledger.app.postgres;

import static ledger.app.http.LedgerUser.AUDITOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import ledger.app.LedgerApplication;
import ledger.app.accounts.AccountSteps;
import ledger.app.accounts.AccountToOpen;
import ledger.app.eventstore.EventTable;
import ledger.app.http.LedgerHttp;
import ledger.app.http.LedgerUser;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A node started with {@code --spring.profiles.active=postgres}, the standard datasource and Flyway
 * properties and configured users, nothing else: Flyway migrates as the schema's owner and the ledger
 * works as a user of its own, which may read and append the event table but never change or remove
 * a row of it (docs/operations.md, "PostgreSQL").
 */
class PostgresProfileTest {

    private static PostgresSchema schema;
    private static String ledgerUser;
    private static ConfigurableApplicationContext ledger;
    private static LedgerHttp http;

    @BeforeAll
    static void startAsAUserOfItsOwn() throws SQLException {
        schema = PostgresSchema.created("profile_test");
        ledgerUser = "ledger_app_" + schema.name().substring(schema.name().lastIndexOf('_') + 1);
        schema.execute("CREATE ROLE " + ledgerUser + " LOGIN");
        List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=postgres",
                "--spring.datasource.url=" + PostgresSchema.URL + "?currentSchema=" + schema.name(),
                "--spring.datasource.username=" + ledgerUser,
                "--spring.flyway.user=" + PostgresSchema.USER, "--spring.flyway.schemas=" + schema.name(),
                "--server.port=0", "--ledger.data-dir=target/test-data/profile-test"));
        for (LedgerUser user : LedgerUser.values()) {
            String configured = "--ledger.security.users[" + user.ordinal() + "].";
            arguments.addAll(List.of(configured + "name=" + user.userName(),
                    configured + "password={noop}" + user.password(), configured + "roles=" + user.name()));
        }
        ledger = new SpringApplicationBuilder(LedgerApplication.class).run(arguments.toArray(String[]::new));
        http = LedgerHttp.onPort(Integer.parseInt(ledger.getEnvironment().getProperty("local.server.port")));
    }

    @AfterAll
    static void stop() throws SQLException {
        if (ledger != null) {
            ledger.close();
        }
        if (schema != null) {
            schema.drop();
            schema.execute("DROP OWNED BY " + ledgerUser + "; DROP ROLE " + ledgerUser);
        }
    }

    /** Nodes share the store: each looks for the others' events every 50 ms, not Axon's default second. */
    @Test
    void theNodeLooksForOtherNodesEventsEveryFiftyMilliseconds() {
        assertThat(ledger.getEnvironment().getProperty("ledger.event-store.fetch-delay", Duration.class))
                .isEqualTo(Duration.ofMillis(50));
        assertThat(ledger.getBean(EventStore.class)).isInstanceOf(EmbeddedEventStore.class);
    }

    @Test
    void theLedgerWorksAsItsOwnUserAndCanOnlyReadAndAppendTheEventTable() throws SQLException {
        AccountSteps accounts = new AccountSteps(http);
        String person = accounts.opened(AccountToOpen.of("BEIJING", "EMPLOYEE", "1980-05-01", "2020-01-01"));
        accounts.credit(person, "2024-01", "12345.67", "2024-01-05").expectJson(201).expectField("amount", "246.91");
        accounts.expectBalance(person, "0.00", "246.91", "246.91");
        http.as(AUDITOR).get("/api/v1/audit/accounts/" + person + "/verification").expectJson(200)
                .expectFields("hashChainIntact", "true", "projectionMatchesReplay", "true");

        try (Connection asLedger = DriverManager.getConnection(
                PostgresSchema.URL + "?currentSchema=" + schema.name(), ledgerUser, "")) {
            var statement = asLedger.createStatement();
            var events = statement.executeQuery("SELECT COUNT(*) FROM " + EventTable.NAME + " WHERE aggregate_identifier = '"
                    + person + "'");
            events.next();
            assertThat(events.getLong(1)).isEqualTo(2);
            for (String change : List.of("UPDATE " + EventTable.NAME + " SET payload = payload",
                    "DELETE FROM " + EventTable.NAME, "TRUNCATE " + EventTable.NAME)) {
                assertThatThrownBy(() -> statement.execute(change)).as(change)
                        .isInstanceOfSatisfying(SQLException.class,
                                refused -> assertThat(refused.getSQLState()).isEqualTo("42501"));
            }
            assertThat(statement.executeUpdate("UPDATE account_view SET person_id = person_id WHERE person_id = '"
                    + person + "'")).as("the read models stay the ledger's to write").isEqualTo(1);
        }
    }
}
