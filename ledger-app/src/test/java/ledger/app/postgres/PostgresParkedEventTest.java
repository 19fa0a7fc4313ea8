package ledger.app.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import ledger.app.LedgerApplication;
import ledger.app.accounts.AccountSteps;
import ledger.app.accounts.AccountToOpen;
import ledger.app.audit.ProjectionStatus;
import ledger.app.http.LedgerHttp;
import ledger.app.projections.FaultyProjection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A read model that fails in the database parks its event on PostgreSQL too (ADR 13), where a failed
 * statement aborts the whole transaction: the handler's savepoint is what lets the segment park the
 * event and go on. Its own schema on 127.0.0.1:5432 (database test); skipped, saying so, when no
 * PostgreSQL answers there.
 */
class PostgresParkedEventTest {

    private static PostgresSchema schema;
    private static ConfigurableApplicationContext ledger;
    private static LedgerHttp http;

    @BeforeAll
    static void startOnPostgres() throws SQLException {
        schema = PostgresSchema.created("ledger_parked");
        List<String> arguments = new ArrayList<>(schema.ledgerArguments());
        arguments.addAll(List.of("--server.port=0", "--ledger.data-dir=target/test-data/postgres-parked"));
        ledger = new SpringApplicationBuilder(LedgerApplication.class, FaultyProjection.Poison.class)
                .run(arguments.toArray(String[]::new));
        http = LedgerHttp.onPort(Integer.parseInt(ledger.getEnvironment().getProperty("local.server.port")));
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        if (ledger != null) {
            ledger.close();
        }
        if (schema != null) {
            schema.drop();
        }
    }

    @Test
    void anEventThatFailsInTheDatabaseIsParkedAndTheOtherAccountsKeepUpdating() {
        AccountSteps accounts = new AccountSteps(http);
        ProjectionStatus status = new ProjectionStatus(http);
        FaultyProjection faulty = ledger.getBean(FaultyProjection.class);
        AccountToOpen poisonedAccount = AccountToOpen.of("BEIJING", "EMPLOYEE", "1980-05-01", "2020-01-01");
        faulty.failingFor.add(poisonedAccount.personId());
        String poisoned = accounts.opened(poisonedAccount);

        accounts.credited(poisoned, "2024-01", "12345.67", "2024-01-05");
        String other = accounts.opened(AccountToOpen.of("BEIJING", "EMPLOYEE", "1980-05-01", "2020-01-01"));
        accounts.credited(other, "2024-01", "12345.67", "2024-01-05");

        accounts.expectBalance(other, "0.00", "246.91", "246.91");
        JsonNode readModels = status.awaitDone();
        assertThat(readModels.path("parkedEvents").asLong()).as("%s", readModels).isEqualTo(1);
        assertThat(readModels.path("parked").get(0).path("sequenceIdentifier").asText()).isEqualTo(poisoned);
        assertThat(readModels.path("parked").get(0).path("cause").asText()).contains("no month for " + poisoned);
        accounts.expectBalance(poisoned, "0.00", "0.00", "0.00");
        http.anonymous().get("/actuator/health/readiness").expectStatus(503);

        faulty.failingFor.clear();
        status.retryDeadLetters().expectJson(200).expectField("retried.0.stillParked", "0");

        accounts.expectBalance(poisoned, "0.00", "246.91", "246.91");
        http.anonymous().get("/actuator/health/readiness").expectStatus(200);
    }
}
