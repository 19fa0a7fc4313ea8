package ledger.app.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;
import ledger.app.accounts.AccountSteps;
import ledger.app.accounts.AccountToOpen;
import ledger.app.audit.ProjectionStatus;
import ledger.app.http.LedgerHttp;
import ledger.app.projections.FaultyProjection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A read model that fails in the database parks its event on PostgreSQL too (ADR 13), where a failed
 * statement aborts the whole transaction: the handler's savepoint is what lets the segment park the
 * event and go on. Its own schema on 127.0.0.1:5432 (database test); skipped, saying so, when no
 * PostgreSQL answers there.
 */
class PostgresParkedEventTest {

    private static PostgresLedger ledger;
    private static LedgerHttp http;

    @BeforeAll
    static void startOnPostgres() throws SQLException {
        ledger = PostgresLedger.started("ledger_parked", FaultyProjection.Poison.class);
        http = ledger.http();
    }

    @AfterAll
    static void stop() throws SQLException {
        if (ledger != null) {
            ledger.stop();
        }
    }

    @Test
    void anEventThatFailsInTheDatabaseIsParkedAndTheOtherAccountsKeepUpdating() {
        AccountSteps accounts = new AccountSteps(http);
        ProjectionStatus status = new ProjectionStatus(http);
        FaultyProjection faulty = ledger.bean(FaultyProjection.class);
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
