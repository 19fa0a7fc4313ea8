package ledger.app.audit;

import static ledger.app.audit.StoredEventRows.recomputedHash;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import ledger.app.LedgerApiTest;
import ledger.app.accounts.AccountSteps;
import ledger.app.accounts.AccountToOpen;
import ledger.app.eventstore.EventTable;
import ledger.app.eventstore.MetaDataKeys;
import ledger.app.http.HttpAnswer;
import ledger.app.http.LedgerHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Someone with SQL access changes the books behind the ledger's back (ADR 9): the verification finds
 * it and names the first broken event. An edited event breaks at that event, an edited event whose
 * hash was rewritten too breaks at the next one, a deleted event breaks at its number, an edited read
 * model no longer matches the replay. Each test undoes its tampering afterwards, byte for byte, and
 * the account verifies again, so the shared database is left as it was found.
 *
 * <p>Each account: a Beijing employee opened 2022-01-10;
 * 0 AccountOpened, 1 credit 2022-08 of 200.00 (withdrawable), 2 credit 2024-03 of 246.91
 * (earmarked; 12345.67 x 0.02), 3 withdrawal of 50.00 — leaving 150.00 / 246.91.
 */
class HashChainTamperingApiTest extends LedgerApiTest {

    @Autowired
    private JdbcTemplate jdbc;

    private AccountSteps accounts;
    private AuditSteps audit;
    private StoredEventRows rows;
    private String person;
    private Runnable undo = () -> { };

    @BeforeEach
    void anAccountWithFourEvents() {
        accounts = new AccountSteps(http);
        audit = new AuditSteps(http);
        rows = new StoredEventRows(jdbc);
        person = accounts.opened(AccountToOpen.of("BEIJING", "EMPLOYEE", "1980-05-20", "2022-01-10"));
        accounts.credited(person, "2022-08", "10000.00", "2022-08-05");
        accounts.credited(person, "2024-03", "12345.67", "2024-03-05");
        accounts.withdraw(person, "w-" + person, "50.00", "2024-04-01").expectJson(201);
        accounts.expectBalance(person, "150.00", "246.91", "396.91");
        audit.expectIntact(person, 4);
    }

    @AfterEach
    void undoTheTamperingAndVerifyAgain() {
        undo.run();
        audit.expectIntact(person, 4);
    }

    @Test
    void anEditedPayloadBreaksTheChainAtThatEvent() {
        byte[] original = rows.row(person, 2).payload();
        String text = new String(original, StandardCharsets.UTF_8);
        assertThat(text).contains("\"246.91\"");
        undo = () -> rows.replacePayload(person, 2, original);

        rows.replacePayload(person, 2, text.replace("246.91", "946.91").getBytes(StandardCharsets.UTF_8));

        HttpAnswer verification = audit.verification(person).expectJson(200).expectFields(
                "eventsChecked", "4",
                "hashChainIntact", "false",
                "firstBrokenSequence", "2",
                "projectionMatchesReplay", "false");
        assertThat(verification.text("chainProblem")).contains("2");
        assertThat(verification.text("projectionProblem")).isNotBlank();
        assertThat(audit.history(person).get(2).path("payload").path("amount").asText())
                .as("the history shows the rows as they now are").isEqualTo("946.91");
    }

    @Test
    void anUnreadablePayloadIsReportedAsABreakNotAsAFailure() {
        byte[] original = rows.row(person, 2).payload();
        undo = () -> rows.replacePayload(person, 2, original);

        rows.replacePayload(person, 2, "not an event at all".getBytes(StandardCharsets.UTF_8));

        HttpAnswer verification = audit.verification(person).expectJson(200).expectFields(
                "eventsChecked", "4",
                "hashChainIntact", "false",
                "firstBrokenSequence", "2",
                "projectionMatchesReplay", "false");
        assertThat(verification.text("projectionProblem")).contains("2");
        assertThat(audit.history(person)).hasSize(4);
    }

    @Test
    void aDeletedEventBreaksTheChainAtItsNumber() {
        StoredEventRows.WholeRow deleted = rows.delete(person, 1);
        undo = () -> rows.restore(deleted);

        HttpAnswer verification = audit.verification(person).expectJson(200).expectFields(
                "eventsChecked", "3",
                "hashChainIntact", "false",
                "firstBrokenSequence", "1");
        assertThat(verification.text("chainProblem")).contains("1").containsIgnoringCase("missing");
        assertThat(audit.history(person)).hasSize(3);
    }

    @Test
    void anEditedPayloadWithItsHashRewrittenBreaksTheChainAtTheNextEvent() {
        StoredEventRows.Row original = rows.row(person, 2);
        undo = () -> {
            rows.replacePayload(person, 2, original.payload());
            rows.replaceMetaData(person, 2, original.metaData());
        };
        byte[] forged = original.payloadText().replace("246.91", "946.91").getBytes(StandardCharsets.UTF_8);
        rows.replacePayload(person, 2, forged);
        String forgedHash = recomputedHash(original.previousHash(), person, rows.row(person, 2));
        rows.replaceMetaData(person, 2, StoredEventRows.withHash(original.metaData(), forgedHash));
        assertThat(recomputedHash(original.previousHash(), person, rows.row(person, 2)))
                .as("the forged event is consistent with its own hash").isEqualTo(rows.row(person, 2).hash());

        HttpAnswer verification = audit.verification(person).expectJson(200).expectFields(
                "eventsChecked", "4",
                "hashChainIntact", "false",
                "firstBrokenSequence", "3");
        assertThat(verification.text("chainProblem")).contains("3");
    }

    @Test
    void aRewrittenActorBreaksTheChainAtThatEvent() {
        StoredEventRows.Row original = rows.row(person, 3);
        undo = () -> rows.replaceMetaData(person, 3, original.metaData());
        ObjectNode meta = (ObjectNode) original.meta();
        assertThat(meta.path(MetaDataKeys.ACTOR).asText()).isEqualTo("caseworker");
        meta.put(MetaDataKeys.ACTOR, "someone-else");

        rows.replaceMetaData(person, 3, bytes(meta));

        audit.verification(person).expectJson(200).expectFields(
                "hashChainIntact", "false",
                "firstBrokenSequence", "3");
    }

    @Test
    void aRewrittenRecordingInstantBreaksTheChainAtThatEvent() {
        String original = rows.row(person, 1).timestamp();
        undo = () -> setTimestamp(1, original);

        setTimestamp(1, "2022-08-05T01:00:00.000Z");

        audit.verification(person).expectJson(200).expectFields(
                "hashChainIntact", "false",
                "firstBrokenSequence", "1");
    }

    @Test
    void anEditedBalanceInTheReadModelNoLongerMatchesTheReplay() {
        long withdrawable = jdbc.queryForObject("SELECT withdrawable_fen FROM account_view WHERE person_id = ?",
                Long.class, person);
        assertThat(withdrawable).isEqualTo(15_000L);
        undo = () -> jdbc.update("UPDATE account_view SET withdrawable_fen = ? WHERE person_id = ?", withdrawable,
                person);

        jdbc.update("UPDATE account_view SET withdrawable_fen = ? WHERE person_id = ?", 915_000L, person);

        HttpAnswer verification = audit.verification(person).expectJson(200).expectFields(
                        "eventsChecked", "4",
                        "hashChainIntact", "true",
                        "projectionMatchesReplay", "false")
                .expectNoField("firstBrokenSequence");
        assertThat(verification.text("projectionProblem")).isNotBlank();
    }

    private void setTimestamp(long sequence, String timestamp) {
        int updated = jdbc.update("UPDATE " + EventTable.NAME + " SET time_stamp = ? WHERE aggregate_identifier = ? "
                + "AND sequence_number = ?", timestamp, person, sequence);
        assertThat(updated).isEqualTo(1);
    }

    private static byte[] bytes(ObjectNode json) {
        try {
            return LedgerHttp.json().writeValueAsBytes(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
