package ledger.app.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import ledger.account.event.AccountOpened;
import ledger.account.event.LegacyBalanceMigrated;
import ledger.app.DataDirectories;
import ledger.app.LedgerApplication;
import ledger.app.accounts.AccountSteps;
import ledger.app.accounts.AccountToOpen;
import ledger.app.http.LedgerHttp;
import ledger.money.Balances;
import ledger.money.Money;
import ledger.policy.Category;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Events stored before their classes moved (ADR 22) read back as today's records, the account they make
 * up takes new commands, and new events are written under the same old names.
 */
@SpringBootTest(classes = LedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StoredTypeNamesApiTest {

    private static final Path DATA_DIR = DataDirectories.fresh("stored-types");
    private static final String FIXTURE = "/stored-events/opened-with-legacy-balance.json";

    @LocalServerPort
    private int port;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private JdbcTemplate jdbc;

    private String person;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("ledger.data-dir", DATA_DIR::toString);
    }

    @BeforeEach
    void storeTheFixtureUnderTheOldNames() throws IOException {
        person = AccountToOpen.newPersonId("stored");
        JsonNode rows;
        try (InputStream in = getClass().getResourceAsStream(FIXTURE)) {
            rows = LedgerHttp.json().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("PERSON", person));
        }
        for (int sequence = 0; sequence < rows.size(); sequence++) {
            JsonNode row = rows.get(sequence);
            jdbc.update("""
                    INSERT INTO domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                        meta_data, payload, payload_revision, payload_type, time_stamp)
                    VALUES (?, ?, 'PersonalAccount', ?, ?, ?, NULL, ?, ?)""",
                    person, sequence, UUID.randomUUID().toString(),
                    "{\"actor\":\"fixture\"}".getBytes(StandardCharsets.UTF_8),
                    LedgerHttp.json().writeValueAsBytes(row.path("payload")), row.path("payloadType").asText(),
                    Instant.parse("2023-01-10T02:00:00Z").toString());
        }
    }

    @Test
    void eventsStoredUnderTheOldNamesReadBackAsTheMovedRecords() {
        List<Object> payloads = eventStore.readEvents(person, 0L).asStream()
                .<Object>map(DomainEventMessage::getPayload).toList();

        assertThat(payloads).containsExactly(
                new AccountOpened(person, "BEIJING", Category.EMPLOYEE, LocalDate.of(1970, 3, 1),
                        LocalDate.of(2023, 1, 10), null),
                new LegacyBalanceMigrated(person, Money.parse("500.00"), LocalDate.of(2023, 1, 10),
                        new Balances(Money.parse("500.00"), Money.ZERO)));
    }

    @Test
    void anAccountOfOldEventsTakesACommandAndItsEventIsStoredUnderTheOldName() {
        new AccountSteps(LedgerHttp.onPort(port)).withdraw(person, "w-old", "120.00", "2023-02-01").expectJson(201);

        List<String> stored = jdbc.queryForList("SELECT type || ' ' || payload_type FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? ORDER BY sequence_number", String.class, person);
        assertThat(stored).containsExactly("PersonalAccount ledger.account.AccountOpened",
                "PersonalAccount ledger.account.LegacyBalanceMigrated", "PersonalAccount ledger.account.CashWithdrawn");
    }
}
