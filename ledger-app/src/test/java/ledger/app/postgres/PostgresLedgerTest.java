package ledger.app.postgres;

import static ledger.app.http.LedgerUser.AUDITOR;
import static ledger.app.http.LedgerUser.CASEWORKER;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.stream.IntStream;
import ledger.app.accounts.AccountSteps;
import ledger.app.accounts.AccountToOpen;
import ledger.app.eventstore.PrefetchingEventStorageEngine;
import ledger.app.eventstore.StreamsReadAhead;
import ledger.app.http.HttpAnswer;
import ledger.app.http.LedgerHttp;
import ledger.app.payments.PaymentSteps;
import ledger.app.payments.PaymentToMake;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ledger on PostgreSQL, the scale-out store: the vendor migrations, the JDBC event store with
 * bytea payloads, the projections and the hash chain, in a schema of its own on 127.0.0.1:5432
 * (database test). Skipped, saying so, when no PostgreSQL answers there (failed in CI: {@link PostgresSchema}).
 */
class PostgresLedgerTest {

    private static PostgresLedger ledger;
    private static LedgerHttp http;

    @BeforeAll
    static void startOnPostgres() throws SQLException {
        ledger = PostgresLedger.started("ledger_test");
        http = ledger.http();
    }

    @AfterAll
    static void stop() throws SQLException {
        if (ledger != null) {
            ledger.stop();
        }
    }

    @Test
    void keepsAccountsCreditsAndAnIntactHashChainOnPostgres() {
        AccountSteps accounts = new AccountSteps(http);
        String person = accounts.opened(AccountToOpen.of("BEIJING", "EMPLOYEE", "1980-05-01", "2020-01-01")
                .withLegacyWithdrawableBalance("500.00"));
        accounts.credit(person, "2024-01", "12345.67", "2024-01-05").expectJson(201).expectField("amount", "246.91");
        accounts.withdraw(person, "w-1", "100.00", "2024-02-01").expectJson(201);
        accounts.withdraw(person, "w-1", "100.00", "2024-02-01").expectJson(200);

        accounts.expectBalance(person, "400.00", "246.91", "646.91");
        accounts.credit(person, "2024-01", "12345.67", "2024-01-05").expectProblem(409, "period-already-credited", "already credited");
        http.as(AUDITOR).get("/api/v1/audit/accounts/" + person + "/verification").expectJson(200)
                .expectFields("hashChainIntact", "true", "projectionMatchesReplay", "true", "eventsChecked", "4");
        http.as(CASEWORKER).get("/api/v1/accounts/" + person + "/statement").expectJson(200)
                .expectField("entries.1.code", "101");
        http.as(AUDITOR).get("/api/v1/audit/regions/BEIJING/fund-totals").expectJson(200)
                .expectField("reconciles", "true");
        StreamsReadAhead.expectSameAsStored(ledger.bean(EventStore.class),
                ledger.bean(PrefetchingEventStorageEngine.class), List.of(person, "nobody-" + person));
    }

    /** The row lock that decides a PIN try (SELECT ... FOR UPDATE) holds on PostgreSQL as on H2. */
    @Test
    void thirtySimultaneousWrongPinsGetFiveTriesOnPostgres() {
        AccountSteps accounts = new AccountSteps(http);
        PaymentSteps payments = new PaymentSteps(http);
        String person = accounts.opened(AccountToOpen.of("BEIJING", "EMPLOYEE", "1980-05-01", "2020-01-01")
                .withLegacyWithdrawableBalance("500.00"));
        payments.setPin(person, "583920").expectStatus(204);

        List<HttpAnswer> refused = payments.payAllAtOnce(IntStream.range(0, 30)
                .mapToObj(n -> PaymentToMake.of(person, "10.00").byCard("583921")).toList());

        assertThat(refused).extracting(HttpAnswer::status).containsOnly(422, 423);
        assertThat(refused).filteredOn(answer -> answer.status() == 422).hasSize(5);
        payments.pay(PaymentToMake.of(person, "10.00").byCard("583920")).expectProblem(423, "pin-locked", "locked");
        accounts.expectBalance(person, "500.00", "0.00", "500.00");
    }
}
