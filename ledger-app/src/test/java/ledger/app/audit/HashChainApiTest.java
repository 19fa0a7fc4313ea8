package ledger.app.audit;

import static ledger.app.audit.AuditSteps.allocations;
import static ledger.app.audit.AuditSteps.types;
import static ledger.app.audit.StoredEventRows.GENESIS;
import static ledger.app.audit.StoredEventRows.recomputedHash;
import static ledger.app.http.LedgerUser.CASEWORKER;
import static ledger.app.http.LedgerUser.OPERATOR;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import ledger.app.LedgerApiTest;
import ledger.app.accounts.AccountSteps;
import ledger.app.accounts.AccountToOpen;
import ledger.app.http.HttpAnswer;
import ledger.app.http.JsonBody;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The auditor's history of an account (domain-rules §9, docs/audit.md, ADR 9): every event in order
 * with its business date, recording instant, acting user, stored payload, the balances replayed after
 * it and its place in the hash chain, which the test recomputes itself from the raw rows.
 *
 * <p>A Beijing employee (cutover 2022-09-01) opened on 2022-01-10 with a legacy balance of 500.00:
 * <pre>
 * seq event                 effective   actor       pot change           balances after (W / E / total)
 *  0  AccountOpened         2022-01-10  caseworker                        0.00 /   0.00 /   0.00
 *  1  LegacyBalanceMigrated 2022-01-10  caseworker  W +500.00           500.00 /   0.00 / 500.00
 *  2  MonthlyCreditPosted   2022-08-05  caseworker  W +200.00 (10000.00 x 0.02)  700.00 / 0.00 / 700.00
 *  3  MonthlyCreditPosted   2024-03-05  caseworker  E +246.91 (12345.67 x 0.02)  700.00 / 246.91 / 946.91
 *  4  CashWithdrawn         2024-04-01  caseworker  W -150.00           550.00 / 246.91 / 796.91
 *  5  AccountDebited        2024-05-10  settlement  E -246.91           550.00 /   0.00 / 550.00
 *  6  AccountDebited        2024-05-10  settlement  W  -53.09           496.91 /   0.00 / 496.91
 *  7  RefundCredited        today       settlement  E  +60.00           496.91 /  60.00 / 556.91
 * </pre>
 * Events 5 and 6 are one payment of 300.00 (earmarked pot first), stamped in one unit of work.
 */
class HashChainApiTest extends LedgerApiTest {

    private static final ZoneId BEIJING_TIME = ZoneId.of("Asia/Shanghai");

    @Autowired
    private JdbcTemplate jdbc;

    private AccountSteps accounts;
    private AuditSteps audit;
    private StoredEventRows rows;
    private String person;
    private String paymentId;
    private String refundId;
    private Instant started;
    private LocalDate refundDay;

    @BeforeEach
    void recordAHistoryOfEveryKindOfMoneyEvent() {
        accounts = new AccountSteps(http);
        audit = new AuditSteps(http);
        rows = new StoredEventRows(jdbc);
        started = Instant.now().minusSeconds(1);
        person = accounts.opened(AccountToOpen.of("BEIJING", "EMPLOYEE", "1980-05-20", "2022-01-10")
                .withLegacyWithdrawableBalance("500.00"));
        accounts.credited(person, "2022-08", "10000.00", "2022-08-05");
        accounts.credited(person, "2024-03", "12345.67", "2024-03-05");
        accounts.withdraw(person, "w-" + person, "150.00", "2024-04-01").expectJson(201);
        paymentId = AccountToOpen.newPersonId("pay");
        HttpAnswer paid = audit.pay(paymentId, person, "300.00", "2024-05-10T10:00:00+08:00", false).expectJson(201);
        assertThat(allocations(paid)).containsExactly(person + " EARMARKED 246.91", person + " WITHDRAWABLE 53.09");
        refundId = AccountToOpen.newPersonId("refund");
        audit.refund(paymentId, refundId, "60.00").expectJson(201);
        refundDay = LocalDate.now(BEIJING_TIME);
    }

    @Test
    void theHistoryListsEveryEventInOrderWithItsDatesActorAndBalancesAfter() {
        JsonNode events = audit.history(person);

        assertThat(types(events)).containsExactly("AccountOpened", "LegacyBalanceMigrated", "MonthlyCreditPosted",
                "MonthlyCreditPosted", "CashWithdrawn", "AccountDebited", "AccountDebited", "RefundCredited");
        expectEvent(events.get(0), 0, "2022-01-10", "caseworker", "0.00", "0.00", "0.00");
        expectEvent(events.get(1), 1, "2022-01-10", "caseworker", "500.00", "0.00", "500.00");
        expectEvent(events.get(2), 2, "2022-08-05", "caseworker", "700.00", "0.00", "700.00");
        expectEvent(events.get(3), 3, "2024-03-05", "caseworker", "700.00", "246.91", "946.91");
        expectEvent(events.get(4), 4, "2024-04-01", "caseworker", "550.00", "246.91", "796.91");
        expectEvent(events.get(5), 5, "2024-05-10", "settlement", "550.00", "0.00", "550.00");
        expectEvent(events.get(6), 6, "2024-05-10", "settlement", "496.91", "0.00", "496.91");
        expectEvent(events.get(7), 7, refundDay.toString(), "settlement", "496.91", "60.00", "556.91");

        Instant previous = started;
        for (JsonNode event : events) {
            Instant recordedAt = Instant.parse(event.path("recordedAt").asText());
            assertThat(recordedAt).as("recordedAt of %s", event).isAfterOrEqualTo(previous)
                    .isBeforeOrEqualTo(Instant.now());
            previous = recordedAt;
        }
    }

    @Test
    void thePayloadsAreTheStoredEventsWithTheRuleAndInputsBehindEachAmount() {
        JsonNode events = audit.history(person);

        JsonNode credit = events.get(3).path("payload");
        assertThat(credit.path("personId").asText()).isEqualTo(person);
        assertThat(credit.path("period").asText()).isEqualTo("2024-03");
        assertThat(credit.path("amount").asText()).isEqualTo("246.91");
        assertThat(credit.path("pot").asText()).isEqualTo("EARMARKED");
        assertThat(credit.path("allocationDate").asText()).isEqualTo("2024-03-05");
        assertThat(credit.path("basis").path("ruleId").asText()).isEqualTo("BEIJING-ACTIVE-2PCT");
        assertThat(credit.path("basis").path("rate").asText()).isEqualTo("0.02");
        assertThat(credit.path("basis").path("contributionBase").asText()).isEqualTo("12345.67");
        assertThat(credit.path("basis").path("method").asText()).isEqualTo("PERCENT_OF_CONTRIBUTION_BASE");
        assertThat(credit.path("basis").path("reformCutover").asText()).isEqualTo("2022-09-01");
        JsonNode preReform = events.get(2).path("payload");
        assertThat(preReform.path("amount").asText()).isEqualTo("200.00");
        assertThat(preReform.path("pot").asText()).isEqualTo("WITHDRAWABLE");
        assertThat(preReform.path("basis").path("contributionBase").asText()).isEqualTo("10000.00");

        JsonNode withdrawal = events.get(4).path("payload");
        assertThat(withdrawal.path("withdrawalId").asText()).isEqualTo("w-" + person);
        assertThat(withdrawal.path("amount").asText()).isEqualTo("150.00");
        JsonNode earmarkedDebit = events.get(5).path("payload");
        assertThat(earmarkedDebit.path("paymentId").asText()).isEqualTo(paymentId);
        assertThat(earmarkedDebit.path("pot").asText()).isEqualTo("EARMARKED");
        assertThat(earmarkedDebit.path("amount").asText()).isEqualTo("246.91");
        assertThat(earmarkedDebit.path("purpose").asText()).isEqualTo("MEDICAL");
        assertThat(events.get(6).path("payload").path("amount").asText()).isEqualTo("53.09");
        JsonNode refund = events.get(7).path("payload");
        assertThat(refund.path("refundId").asText()).isEqualTo(refundId);
        assertThat(refund.path("paymentId").asText()).isEqualTo(paymentId);
        assertThat(refund.path("amount").asText()).isEqualTo("60.00");

        List<StoredEventRows.Row> stored = rows.of(person);
        for (int i = 0; i < stored.size(); i++) {
            assertThat(events.get(i).path("payload")).as("payload of event %d as stored", i)
                    .isEqualTo(stored.get(i).payloadJson());
        }
    }

    @Test
    void eachHashChainsFromTheOneBeforeAndIsTheHashOfTheRowAsStored() {
        JsonNode events = audit.history(person);
        List<StoredEventRows.Row> stored = rows.of(person);

        assertThat(stored).hasSize(events.size()).hasSize(8);
        assertThat(events.get(0).path("previousHash").asText()).isEqualTo(GENESIS);
        String previous = GENESIS;
        for (int i = 0; i < stored.size(); i++) {
            JsonNode event = events.get(i);
            StoredEventRows.Row row = stored.get(i);
            String hash = event.path("hash").asText();
            assertThat(row.sequence()).as("sequence numbers run 0, 1, 2, ...").isEqualTo(i);
            assertThat(event.path("sequence").asLong()).isEqualTo(row.sequence());
            assertThat(event.path("type").asText()).isEqualTo(row.payloadType()
                    .substring(row.payloadType().lastIndexOf('.') + 1));
            assertThat(Instant.parse(event.path("recordedAt").asText()))
                    .as("recordedAt of event %d is the stored timestamp", i).isEqualTo(Instant.parse(row.timestamp()));
            assertThat(event.path("actor").asText()).isEqualTo(row.actor());
            assertThat(hash).as("hash of event %d", i).matches("[0-9a-f]{64}");
            assertThat(event.path("previousHash").asText()).as("previousHash of event %d", i).isEqualTo(previous);
            assertThat(row.previousHash()).as("stored previousHash of event %d", i).isEqualTo(previous);
            assertThat(row.hash()).as("stored hash of event %d", i).isEqualTo(hash);
            assertThat(recomputedHash(previous, person, row))
                    .as("hash of event %d recomputed from the raw row", i).isEqualTo(hash);
            previous = hash;
        }
        assertThat(events.findValuesAsText("hash")).as("no two events share a hash").doesNotHaveDuplicates();
    }

    @Test
    void anIntactAccountVerifies() {
        audit.expectIntact(person, 8);
    }

    @Test
    void auditorsAndOperatorsReadTheSameHistoryAndItDoesNotChangeOnReading() {
        HttpAnswer first = audit.events(person).expectJson(200);
        HttpAnswer again = http.as(OPERATOR).get(AuditSteps.eventsPath(person)).expectJson(200);

        assertThat(again.json()).isEqualTo(first.json());
        audit.expectIntact(person, 8);
    }

    /**
     * A family payment and its full refund touch two accounts and the payment's own stream, with
     * several events of one account in one unit of work: each stream still chains without a gap.
     */
    @Test
    void eventsOfSeveralAccountsInOneUnitOfWorkChainWithinEachStream() {
        String member = accounts.opened(AccountToOpen.of("BEIJING", "EMPLOYEE", "1985-03-01", "2022-01-10")
                .withLegacyWithdrawableBalance("100.00"));
        accounts.credited(member, "2023-01", "10000.00", "2023-01-05");
        String holder = accounts.opened(AccountToOpen.of("BEIJING", "EMPLOYEE", "1955-07-01", "2022-01-10")
                .withLegacyWithdrawableBalance("500.00"));
        http.as(CASEWORKER).post(AccountSteps.accountPath(holder) + "/family-members",
                JsonBody.of("memberId", member, "relation", "PARENT", "registeredOn", "2022-10-20")).expectJson(201);
        String familyPayment = AccountToOpen.newPersonId("pay");
        HttpAnswer paid = audit.pay(familyPayment, member, "900.00", "2023-03-01T10:00:00+08:00", true)
                .expectJson(201).expectFields("accountPaid", "800.00", "cashDue", "100.00");
        assertThat(allocations(paid)).containsExactly(member + " EARMARKED 200.00", member + " WITHDRAWABLE 100.00",
                holder + " WITHDRAWABLE 500.00");
        audit.refund(familyPayment, AccountToOpen.newPersonId("refund"), "900.00").expectJson(201);

        assertThat(types(audit.history(member))).containsExactly("AccountOpened", "LegacyBalanceMigrated",
                "MonthlyCreditPosted", "RegisteredAsFamilyMember", "AccountDebited", "AccountDebited",
                "RefundCredited", "RefundCredited");
        assertThat(types(audit.history(holder))).containsExactly("AccountOpened", "LegacyBalanceMigrated",
                "FamilyMemberRegistered", "AccountDebited", "RefundCredited");
        expectChainRecomputes(member, 8);
        expectChainRecomputes(holder, 5);
        expectChainRecomputes("payment:" + familyPayment, 2);
        audit.expectIntact(member, 8);
        audit.expectIntact(holder, 5);
        accounts.expectBalance(member, "100.00", "200.00", "300.00");
        accounts.expectBalance(holder, "500.00", "0.00", "500.00");
    }

    private void expectChainRecomputes(String aggregateId, int events) {
        List<StoredEventRows.Row> stored = rows.of(aggregateId);
        assertThat(stored).as("events of %s", aggregateId).hasSize(events);
        String previous = GENESIS;
        for (StoredEventRows.Row row : stored) {
            assertThat(row.previousHash()).as("previousHash of %s#%d", aggregateId, row.sequence()).isEqualTo(previous);
            assertThat(recomputedHash(previous, aggregateId, row))
                    .as("hash of %s#%d recomputed from the raw row", aggregateId, row.sequence())
                    .isEqualTo(row.hash());
            previous = row.hash();
        }
    }

    private static void expectEvent(JsonNode event, long sequence, String effectiveDate, String actor,
                                    String withdrawable, String earmarked, String total) {
        assertThat(event.path("sequence").asLong()).as("sequence of %s", event).isEqualTo(sequence);
        assertThat(event.path("effectiveDate").asText()).as("effectiveDate of %s", event).isEqualTo(effectiveDate);
        assertThat(event.path("actor").asText()).as("actor of %s", event).isEqualTo(actor);
        assertThat(event.path("balanceAfter").path("withdrawable").asText()).as("balanceAfter of %s", event)
                .isEqualTo(withdrawable);
        assertThat(event.path("balanceAfter").path("earmarked").asText()).as("balanceAfter of %s", event)
                .isEqualTo(earmarked);
        assertThat(event.path("balanceAfter").path("total").asText()).as("balanceAfter of %s", event)
                .isEqualTo(total);
        assertThat(event.path("hash").isTextual()).as("hash of %s", event).isTrue();
        assertThat(event.path("previousHash").isTextual()).as("previousHash of %s", event).isTrue();
        assertThat(event.path("payload").isObject()).as("payload of %s", event).isTrue();
        assertThat(event.path("recordedAt").isTextual()).as("recordedAt of %s", event).isTrue();
    }
}
