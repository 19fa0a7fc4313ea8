package ledger.app;

import static ledger.app.http.LedgerUser.CASEWORKER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ledger.account.PersonalAccount;
import ledger.account.event.AccountOpened;
import ledger.account.event.CashWithdrawn;
import ledger.account.event.LegacyBalanceMigrated;
import ledger.account.event.MoneyMovement;
import ledger.account.event.MonthlyCreditPosted;
import ledger.account.event.RetirementRecorded;
import ledger.app.accounts.AccountSteps;
import ledger.app.accounts.AccountToOpen;
import ledger.app.eventstore.MetaDataKeys;
import ledger.app.eventstore.PrefetchingEventStorageEngine;
import ledger.app.eventstore.StreamsReadAhead;
import ledger.app.http.LedgerHttp;
import ledger.money.Balances;
import ledger.money.Money;
import ledger.money.Pot;
import ledger.policy.Category;
import ledger.policy.CreditBasis;
import ledger.policy.CreditMethod;
import ledger.policy.PolicyCatalog;
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
 * Events and snapshots survive the real serializer: every event written over HTTP reads back from
 * the event store as the record it was, with its money, months and credit basis, and the user who
 * caused it; a snapshot taken every two events restores the whole state of the account.
 * {@code AggregateTestFixture} never serializes, so only a real context catches a lossy shape.
 */
@SpringBootTest(classes = LedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ledger.snapshot-threshold=2")
class EventSerializationTest {

    private static final Path DATA_DIR = DataDirectories.fresh("snapshots");
    private static final LocalDate BORN = LocalDate.of(1960, 2, 10);
    private static final LocalDate OPENED = LocalDate.of(2022, 1, 10);
    private static final LocalDate CUTOVER = LocalDate.of(2022, 9, 1);

    @LocalServerPort
    private int port;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private ObjectMapper applicationJson;
    @Autowired
    private PolicyCatalog policies;
    @Autowired
    private PrefetchingEventStorageEngine eventStorage;

    private AccountSteps accounts;
    private String person;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("ledger.data-dir", DATA_DIR::toString);
    }

    /** Open with a legacy balance, credit before and after the cutover, retire, credit as a retiree, withdraw. */
    @BeforeEach
    void driveOneAccountThroughEveryKindOfEvent() {
        accounts = new AccountSteps(LedgerHttp.onPort(port));
        person = accounts.opened(new AccountToOpen(AccountToOpen.newPersonId("snap"), "BEIJING", "EMPLOYEE",
                BORN.toString(), OPENED.toString(), null, "500.00"));
        accounts.credited(person, "2022-08", "10000.00", "2022-08-05");
        accounts.credited(person, "2024-01", "12345.67", "2024-02-10");
        accounts.retire(person, "2024-01-31").expectJson(200);
        accounts.credited(person, "2024-02", null, "2024-02-05");
        accounts.withdraw(person, "w-1", "150.00", "2024-03-01").expectJson(201);
    }

    @Test
    void everyStoredEventReadsBackAsTheRecordThatWasApplied() {
        List<DomainEventMessage<?>> events = storedEvents();

        assertThat(events).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(events).<Object>extracting(DomainEventMessage::getPayload).containsExactly(
                new AccountOpened(person, "BEIJING", Category.EMPLOYEE, BORN, OPENED, null),
                new LegacyBalanceMigrated(person, yuan("500.00"), OPENED, balances("500.00", "0.00")),
                new MonthlyCreditPosted(person, YearMonth.of(2022, 8), yuan("200.00"), Pot.WITHDRAWABLE,
                        LocalDate.of(2022, 8, 5), false, activeBasis("10000.00"), balances("700.00", "0.00")),
                new MonthlyCreditPosted(person, YearMonth.of(2024, 1), yuan("246.91"), Pot.EARMARKED,
                        LocalDate.of(2024, 2, 10), true, activeBasis("12345.67"), balances("700.00", "246.91")),
                new RetirementRecorded(person, LocalDate.of(2024, 1, 31), Category.EMPLOYEE, Category.RETIREE,
                        YearMonth.of(2024, 2)),
                new MonthlyCreditPosted(person, YearMonth.of(2024, 2), yuan("100.00"), Pot.EARMARKED,
                        LocalDate.of(2024, 2, 5), false, retireeBasis(64), balances("700.00", "346.91")),
                new CashWithdrawn(person, "w-1", yuan("150.00"), LocalDate.of(2024, 3, 1),
                        balances("550.00", "346.91")));
    }

    @Test
    void everyEventRecordsTheUserWhoCausedIt() {
        List<DomainEventMessage<?>> events = storedEvents();

        assertThat(events).hasSize(7).allSatisfy(event ->
                assertThat(event.getMetaData()).containsEntry(MetaDataKeys.ACTOR, CASEWORKER.userName()));
    }

    @Test
    void aSnapshotOfTheAccountIsStoredWithItsWholeState() {
        Map<String, Object> row = latestSnapshotRow();

        assertThat(row.get("payload_type")).isEqualTo(PersonalAccount.class.getName());
        assertThat(row.get("payload_revision")).isEqualTo("4");
        JsonNode stored = readJson((byte[]) row.get("payload"));
        assertThat(stored.path("personId").asText()).isEqualTo(person);
        assertThat(stored.path("balances").isObject()).as("balances in %s", stored).isTrue();
        assertThat(stored.path("creditsByPeriod").isObject()).as("creditsByPeriod in %s", stored).isTrue();
        assertThat(stored.path("withdrawalsById").isObject()).as("withdrawalsById in %s", stored).isTrue();
    }

    @Test
    void theSnapshotReadsBackAsTheAccountAtItsSequence() {
        long sequence = ((Number) latestSnapshotRow().get("sequence_number")).longValue();
        List<DomainEventMessage<?>> history = storedEvents().stream()
                .filter(event -> event.getSequenceNumber() <= sequence).toList();

        DomainEventMessage<?> first = eventStore.readEvents(person).asStream().findFirst().orElseThrow();

        assertThat(first.getSequenceNumber()).as("the stream starts at the snapshot").isEqualTo(sequence);
        assertThat(first.getPayload()).isInstanceOf(PersonalAccount.class);
        JsonNode state = applicationJson.valueToTree(first.getPayload());
        assertThat(state.path("personId").asText()).isEqualTo(person);
        assertThat(state.path("region").asText()).isEqualTo("BEIJING");
        assertThat(state.path("birthDate").asText()).isEqualTo(BORN.toString());
        assertThat(state.path("openedOn").asText()).isEqualTo(OPENED.toString());
        assertThat(state.path("category").asText()).isEqualTo(history.stream()
                .anyMatch(event -> event.getPayload() instanceof RetirementRecorded) ? "RETIREE" : "EMPLOYEE");
        assertThat(state.path("balances")).isEqualTo(applicationJson.valueToTree(lastBalances(history)));
        assertThat(fieldNames(state.path("creditsByPeriod"))).containsExactlyInAnyOrderElementsOf(history.stream()
                .filter(event -> event.getPayload() instanceof MonthlyCreditPosted)
                .map(event -> ((MonthlyCreditPosted) event.getPayload()).period().toString()).toList());
        assertThat(fieldNames(state.path("withdrawalsById"))).containsExactlyInAnyOrderElementsOf(history.stream()
                .filter(event -> event.getPayload() instanceof CashWithdrawn)
                .map(event -> ((CashWithdrawn) event.getPayload()).withdrawalId()).toList());
    }

    @Test
    void anAccountLoadedFromItsSnapshotStillKnowsItsWholeHistory() {
        assertThat(latestSnapshotRow()).isNotEmpty();

        accounts.credit(person, "2024-03", null, "2024-03-05").expectJson(201)
                .expectFields("amount", "100.00", "pot", "EARMARKED", "rule", "BEIJING-RETIREE-FIXED");
        accounts.credit(person, "2024-01", "12345.67", "2024-02-10")
                .expectProblem(409, "period-already-credited", "2024-01", "already credited", "246.91");
        accounts.credit(person, "2022-08", "10000.00", "2022-08-05")
                .expectProblem(409, "period-already-credited", "2022-08", "already credited", "200.00", "WITHDRAWABLE");
        accounts.withdraw(person, "w-1", "150.00", "2024-03-01").expectJson(200)
                .expectFields("balance.withdrawable", "550.00", "balance.earmarked", "346.91");
        accounts.withdraw(person, "w-1", "151.00", "2024-03-01").expectProblem(409, "withdrawal-id-reused", "w-1");
        accounts.withdraw(person, "w-2", "550.01", "2024-03-02").expectProblem(422, "exceeds-withdrawable", "withdrawable pot of 550.00");
        accounts.retire(person, "2024-05-31").expectProblem(409, "already-retired", "already", "2024-01-31");

        accounts.expectBalance(person, "550.00", "446.91", "996.91");
        DomainEventMessage<?> last = storedEvents().get(storedEvents().size() - 1);
        assertThat(last.getSequenceNumber()).isEqualTo(7L);
        assertThat(last.getPayload()).isEqualTo(new MonthlyCreditPosted(person, YearMonth.of(2024, 3), yuan("100.00"),
                Pot.EARMARKED, LocalDate.of(2024, 3, 5), false, retireeBasis(64), balances("550.00", "446.91")));
        assertThat(last.getMetaData()).containsEntry(MetaDataKeys.ACTOR, CASEWORKER.userName());
    }

    @Test
    void theMonthlyBatchReadsAheadTheSnapshotAndTheEventsAfterItAsAxonDoes() {
        assertThat(latestSnapshotRow()).isNotEmpty();

        StreamsReadAhead.expectSameAsStored(eventStore, eventStorage, List.of(person, "nobody-" + person));
    }

    /** All events from the first, whether or not a snapshot exists ({@code readEvents(id)} would start at it). */
    private List<DomainEventMessage<?>> storedEvents() {
        return eventStore.readEvents(person, 0L).asStream().<DomainEventMessage<?>>map(event -> event).toList();
    }

    /** Snapshots are written in the command thread after commit; a short wait only guards against a slow disk. */
    private Map<String, Object> latestSnapshotRow() {
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (true) {
            List<Map<String, Object>> rows = jdbc.queryForList("""
                    SELECT sequence_number, payload_type, payload_revision, payload FROM snapshot_event_entry
                    WHERE aggregate_identifier = ? ORDER BY sequence_number DESC""", person);
            if (!rows.isEmpty() || System.nanoTime() > deadline) {
                assertThat(rows).as("snapshots of %s", person).isNotEmpty();
                return rows.get(0);
            }
            pause();
        }
    }

    private static Balances lastBalances(List<DomainEventMessage<?>> history) {
        return history.stream()
                .filter(event -> event.getPayload() instanceof MoneyMovement)
                .map(event -> ((MoneyMovement) event.getPayload()).balanceAfter())
                .reduce((earlier, later) -> later).orElse(Balances.EMPTY);
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private CreditBasis activeBasis(String contributionBase) {
        return new CreditBasis("BEIJING-ACTIVE-2PCT", source("BEIJING-ACTIVE-2PCT"), Category.EMPLOYEE,
                CreditMethod.PERCENT_OF_CONTRIBUTION_BASE, yuan(contributionBase), new BigDecimal("0.02"), null, null,
                CUTOVER);
    }

    private CreditBasis retireeBasis(int ageInYears) {
        return new CreditBasis("BEIJING-RETIREE-FIXED", source("BEIJING-RETIREE-FIXED"), Category.RETIREE,
                CreditMethod.FIXED_BY_AGE_BAND, null, null, ageInYears, "under 70", CUTOVER);
    }

    private String source(String ruleId) {
        return policies.region("BEIJING").creditRules().stream()
                .filter(rule -> rule.id().equals(ruleId)).findFirst().orElseThrow().source();
    }

    private static JsonNode readJson(byte[] payload) {
        try {
            return LedgerHttp.json().readTree(new String(payload, StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new AssertionError("snapshot payload is not JSON", e);
        }
    }

    private static Money yuan(String amount) {
        return Money.parse(amount);
    }

    private static Balances balances(String withdrawable, String earmarked) {
        return new Balances(yuan(withdrawable), yuan(earmarked));
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
