package ledger.app.audit;

import static ledger.app.audit.AuditSteps.allocations;
import static ledger.app.audit.AuditSteps.expectReplayedBalance;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import ledger.app.LedgerApiTest;
import ledger.app.accounts.AccountSteps;
import ledger.app.accounts.AccountToOpen;
import ledger.app.http.HttpAnswer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The balance as of a date (docs/audit.md, time travel): the money events whose business date is on
 * or before {@code asOf}, and with {@code recordedBefore} only those recorded before that instant,
 * which is what the ledger said at the time.
 *
 * <p>A Beijing employee (cutover 2022-09-01) opened 2022-01-10:
 * <pre>
 * effective   event                                        W        E
 * 2022-08-05  credit 2022-08, 10000.00 x 0.02              +200.00
 * 2022-09-05  credit 2022-09, 10000.00 x 0.02                       +200.00
 * 2023-01-05  credit 2023-01, 15000.00 x 0.02                       +300.00
 * 2023-02-10  cash withdrawal                              -120.00
 * 2023-03-02  payment of 250.00 at 2023-03-01T23:30Z,               -250.00  (07:30 on 2 March in Beijing)
 *             earmarked pot first
 * today       refund of 100.00 of that payment                      +100.00
 * </pre>
 */
class TimeTravelApiTest extends LedgerApiTest {

    private AccountSteps accounts;
    private AuditSteps audit;
    private String person;
    private String refundDay;

    @BeforeEach
    void aYearOfHistory() {
        accounts = new AccountSteps(http);
        audit = new AuditSteps(http);
        person = accounts.opened(AccountToOpen.of("BEIJING", "EMPLOYEE", "1980-05-20", "2022-01-10"));
        accounts.credited(person, "2022-08", "10000.00", "2022-08-05");
        accounts.credited(person, "2022-09", "10000.00", "2022-09-05");
        accounts.credited(person, "2023-01", "15000.00", "2023-01-05");
        accounts.withdraw(person, "w-" + person, "120.00", "2023-02-10").expectJson(201);
        String paymentId = AccountToOpen.newPersonId("pay");
        HttpAnswer paid = audit.pay(paymentId, person, "250.00", "2023-03-01T23:30:00Z", false).expectJson(201);
        assertThat(allocations(paid)).containsExactly(person + " EARMARKED 250.00");
        audit.refund(paymentId, AccountToOpen.newPersonId("refund"), "100.00").expectJson(201);
        accounts.expectBalance(person, "80.00", "350.00", "430.00");
        JsonNode refund = audit.history(person).get(6);
        assertThat(refund.path("type").asText()).isEqualTo("RefundCredited");
        refundDay = refund.path("effectiveDate").asText();
    }

    @Test
    void beforeTheFirstCreditTheBalanceIsZero() {
        expectReplayedBalance(audit.balanceAsOf(person, "2022-08-04"), 0, "0.00", "0.00", "0.00");
        expectReplayedBalance(audit.balanceAsOf(person, "2021-12-31"), 0, "0.00", "0.00", "0.00");
        audit.balanceAsOf(person, "2022-08-04").expectFields("personId", person, "asOf", "2022-08-04")
                .expectNoField("recordedBefore");
    }

    @Test
    void aBalanceAsOfADateTakesInWhatTookEffectOnOrBeforeThatDate() {
        expectReplayedBalance(audit.balanceAsOf(person, "2022-08-05"), 1, "200.00", "0.00", "200.00");
        expectReplayedBalance(audit.balanceAsOf(person, "2022-09-04"), 1, "200.00", "0.00", "200.00");
        expectReplayedBalance(audit.balanceAsOf(person, "2022-09-05"), 2, "200.00", "200.00", "400.00");
        expectReplayedBalance(audit.balanceAsOf(person, "2023-01-05"), 3, "200.00", "500.00", "700.00");
        expectReplayedBalance(audit.balanceAsOf(person, "2023-02-09"), 3, "200.00", "500.00", "700.00");
        expectReplayedBalance(audit.balanceAsOf(person, "2023-02-10"), 4, "80.00", "500.00", "580.00");
    }

    @Test
    void aPaymentCountsFromItsDayInBeijingAndARefundFromTheDayItWasMade() {
        expectReplayedBalance(audit.balanceAsOf(person, "2023-03-01"), 4, "80.00", "500.00", "580.00");
        expectReplayedBalance(audit.balanceAsOf(person, "2023-03-02"), 5, "80.00", "250.00", "330.00");
        String dayBeforeRefund = LocalDate.parse(refundDay).minusDays(1).toString();
        expectReplayedBalance(audit.balanceAsOf(person, dayBeforeRefund), 5, "80.00", "250.00", "330.00");
        expectReplayedBalance(audit.balanceAsOf(person, refundDay), 6, "80.00", "350.00", "430.00");
        expectReplayedBalance(audit.balanceAsOf(person, "2199-12-31"), 6, "80.00", "350.00", "430.00");
    }

    /**
     * The 2022-10 contribution is collected late and credited, back-dated to 2022-11-20, after the
     * auditor noted an instant: as of the end of 2022 the ledger now says 600.00, but at that instant
     * it said 400.00.
     */
    @Test
    void recordedBeforeShowsWhatTheLedgerSaidAtTheTimeBeforeALateBackDatedCredit() throws InterruptedException {
        Instant noted = instantBetweenRequests();
        accounts.credit(person, "2022-10", "10000.00", "2022-11-20").expectJson(201)
                .expectFields("amount", "200.00", "pot", "EARMARKED");

        expectReplayedBalance(audit.balanceAsOf(person, "2022-12-31"), 3, "200.00", "400.00", "600.00");
        HttpAnswer atTheTime = audit.balance(person, "?asOf=2022-12-31&recordedBefore=" + noted);
        expectReplayedBalance(atTheTime, 2, "200.00", "200.00", "400.00");
        assertThat(Instant.parse(atTheTime.text("recordedBefore"))).isEqualTo(noted);
        expectReplayedBalance(audit.balanceAsOf(person, "2022-11-19"), 2, "200.00", "200.00", "400.00");
        expectReplayedBalance(audit.balanceAsOf(person, "2022-11-20"), 3, "200.00", "400.00", "600.00");

        expectReplayedBalance(audit.balanceAsOf(person, "2199-12-31"), 7, "80.00", "550.00", "630.00");
        expectReplayedBalance(audit.balance(person, "?asOf=2199-12-31&recordedBefore=" + noted),
                6, "80.00", "350.00", "430.00");
        accounts.expectBalance(person, "80.00", "550.00", "630.00");
    }

    @Test
    void recordedBeforeAcceptsAnOffsetAndLeavesOutEverythingRecordedAtOrAfterIt() throws InterruptedException {
        Instant noted = instantBetweenRequests();
        accounts.credit(person, "2022-10", "10000.00", "2022-11-20").expectJson(201);
        String inBeijingTime = noted.atOffset(ZoneOffset.ofHours(8)).toString().replace("+", "%2B");

        expectReplayedBalance(audit.balance(person, "?asOf=2022-12-31&recordedBefore=" + inBeijingTime),
                2, "200.00", "200.00", "400.00");
        expectReplayedBalance(audit.balance(person, "?asOf=2022-12-31&recordedBefore=2000-01-01T00:00:00Z"),
                0, "0.00", "0.00", "0.00");
        Instant firstRecorded = Instant.parse(audit.history(person).get(1).path("recordedAt").asText());
        expectReplayedBalance(audit.balance(person, "?asOf=2022-12-31&recordedBefore=" + firstRecorded),
                0, "0.00", "0.00", "0.00");
        expectReplayedBalance(audit.balance(person, "?asOf=2022-12-31&recordedBefore="
                + firstRecorded.plusMillis(1)), 1, "200.00", "0.00", "200.00");
    }

    /** An instant after everything recorded so far and before anything recorded next (stamps are in ms). */
    private static Instant instantBetweenRequests() throws InterruptedException {
        Thread.sleep(5);
        Instant noted = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Thread.sleep(5);
        return noted;
    }
}
