package ledger.app.payments;

import static ledger.app.http.LedgerUser.CASEWORKER;
import static ledger.app.http.LedgerUser.SETTLEMENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import ledger.app.LedgerApiTest;
import ledger.app.accounts.AccountSteps;
import ledger.app.accounts.AccountToOpen;
import ledger.app.family.FamilySteps;
import ledger.app.http.HttpAnswer;
import ledger.app.http.JsonBody;
import ledger.app.institutions.InstitutionSteps;
import ledger.payment.Payment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The card channel (domain-rules §7, 000 Q21-Q26): the social-security card needs the account PIN
 * above the no-PIN limit; the electronic voucher and exempt payments do not; five wrong PINs lock PIN
 * checks until a caseworker unlocks them. The PIN is kept as a slow hash and shown nowhere.
 */
@ExtendWith(OutputCaptureExtension.class)
class CardPinApiTest extends LedgerApiTest {

    private static final String PIN = "583920";
    private static final String WRONG_PIN = "583921";
    private static final int BURST = 30;

    @Autowired
    private JdbcTemplate jdbc;

    private AccountSteps accounts;
    private PaymentSteps payments;
    /** 1000.00 withdrawable, PIN set. */
    private String person;
    /** Every answer the ledger gave in a test, to look for the PIN in. */
    private final List<HttpAnswer> answers = new ArrayList<>();

    @BeforeEach
    void setUp() {
        accounts = new AccountSteps(http);
        payments = new PaymentSteps(http);
        person = accounts.opened(FamilyPaymentApiTest.beijing("card", "1000.00"));
        payments.setPin(person, PIN).expectStatus(204);
    }

    private HttpAnswer pay(PaymentToMake payment) {
        HttpAnswer answer = payments.pay(payment);
        answers.add(answer);
        return answer;
    }

    private HttpAnswer payByCard(String amount, String pin) {
        return pay(PaymentToMake.of(person, amount).byCard(pin));
    }

    @Test
    void aCardPaymentWithTheRightPinIsSettled() {
        HttpAnswer paid = payByCard("120.00", PIN);

        paid.expectJson(201).expectFields("accountPaid", "120.00", "cashDue", "0.00");
        accounts.expectBalance(person, "880.00", "0.00", "880.00");
    }

    @Test
    void aCardPaymentWithAWrongPinIsRefused() {
        HttpAnswer refused = payByCard("120.00", WRONG_PIN);

        refused.expectProblem(422, "wrong-pin", "PIN is wrong");
        accounts.expectBalance(person, "1000.00", "0.00", "1000.00");
    }

    @Test
    void aCardPaymentAboveTheNoPinLimitWithoutAPinIsRefused() {
        payments.setNoPinLimit(person, "200.00").expectStatus(204);

        HttpAnswer refused = payByCard("200.01", null);

        refused.expectProblem(422, "wrong-pin", "200.00", "PIN");
        accounts.expectBalance(person, "1000.00", "0.00", "1000.00");
    }

    @Test
    void aCardPaymentWithoutAPinIsRefusedWhenNoLimitWasSet() {
        HttpAnswer refused = payByCard("0.01", null);

        refused.expectProblem(422, "wrong-pin", "PIN");
        accounts.expectBalance(person, "1000.00", "0.00", "1000.00");
    }

    @Test
    void aCardPaymentUpToTheNoPinLimitNeedsNoPin() {
        payments.setNoPinLimit(person, "200.00").expectStatus(204);

        payByCard("150.00", null).expectJson(201).expectField("accountPaid", "150.00");
        payByCard("200.00", null).expectJson(201).expectField("accountPaid", "200.00");

        accounts.expectBalance(person, "650.00", "0.00", "650.00");
    }

    @Test
    void theElectronicVoucherNeverNeedsAPin() {
        HttpAnswer paid = pay(PaymentToMake.of(person, "900.00"));

        paid.expectJson(201).expectField("accountPaid", "900.00");
        accounts.expectBalance(person, "100.00", "0.00", "100.00");
    }

    /** The ledger decides the exemption against the registry (000 Q22): a Beijing hospital. */
    @Test
    void aRegistrationFeeByCardNeedsNoPin() {
        new InstitutionSteps(http).registered(PaymentToMake.HOSPITAL, "BEIJING", "HOSPITAL");

        HttpAnswer paid = pay(PaymentToMake.of(person, "50.00").byCard(null).withPinExemption("REGISTRATION_FEE"));

        paid.expectJson(201).expectField("accountPaid", "50.00");
        accounts.expectBalance(person, "950.00", "0.00", "950.00");
    }

    /** 000 Q29: at an institution of another region, from 2022-12-01. */
    @Test
    void aCrossRegionDirectSettlementByCardNeedsNoPin() {
        new InstitutionSteps(http).registered("H31010100003", "SHANGHAI", "HOSPITAL");

        HttpAnswer paid = pay(PaymentToMake.of(person, "50.00").byCard(null).atInstitution("H31010100003")
                .withPinExemption("CROSS_REGION_DIRECT_SETTLEMENT"));

        paid.expectJson(201).expectField("accountPaid", "50.00");
    }

    @Test
    void aCardPaymentOfAnAccountWithoutAPinIsRefused() {
        String noPin = accounts.opened(FamilyPaymentApiTest.beijing("nopin", "100.00"));

        HttpAnswer refused = pay(PaymentToMake.of(noPin, "10.00").byCard("000000"));

        refused.expectProblem(422, "no-pin-set", noPin, "no card PIN");
        accounts.expectBalance(noPin, "100.00", "0.00", "100.00");
    }

    @Test
    void fiveWrongPinsLockPinChecksEvenForTheRightPin() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            payByCard("10.00", WRONG_PIN).expectProblem(422, "wrong-pin", "PIN is wrong");
        }

        HttpAnswer locked = payByCard("10.00", PIN);

        locked.expectProblem(423, "pin-locked", person, "locked", "voucher");
        accounts.expectBalance(person, "1000.00", "0.00", "1000.00");
    }

    /** The check and the count are one step under the account's row lock: a burst gets no extra tries. */
    @Test
    void thirtySimultaneousWrongPinsGetFiveTriesAndLockEvenTheRightPin() {
        List<PaymentToMake> burst = IntStream.range(0, BURST)
                .mapToObj(n -> PaymentToMake.of(person, "10.00").byCard(WRONG_PIN)).toList();

        List<HttpAnswer> refused = payments.payAllAtOnce(burst);

        assertThat(refused).extracting(HttpAnswer::status).containsOnly(422, 423);
        assertThat(refused).filteredOn(answer -> answer.status() == 422).hasSize(5)
                .allSatisfy(answer -> answer.expectProblem(422, "wrong-pin"));
        assertThat(refused).filteredOn(answer -> answer.status() == 423).hasSize(BURST - 5)
                .allSatisfy(answer -> answer.expectProblem(423, "pin-locked"));
        payByCard("10.00", PIN).expectProblem(423, "pin-locked", "locked");
        accounts.expectBalance(person, "1000.00", "0.00", "1000.00");
    }

    /** 000 Q26 "当日密码累计输入错误达到5次": a right PIN in between does not reset the day's count. */
    @Test
    void fourWrongPinsARightOneAndAWrongOneLock() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            payByCard("10.00", WRONG_PIN).expectProblem(422, "wrong-pin", "PIN is wrong");
        }
        payByCard("10.00", PIN).expectJson(201);

        payByCard("10.00", WRONG_PIN).expectProblem(422, "wrong-pin", "PIN is wrong");

        payByCard("10.00", PIN).expectProblem(423, "pin-locked", person, "locked");
        accounts.expectBalance(person, "990.00", "0.00", "990.00");
    }

    @Test
    void fourWrongPinsDoNotLock() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            payByCard("10.00", WRONG_PIN).expectProblem(422, "wrong-pin", "PIN is wrong");
        }

        payByCard("10.00", PIN).expectJson(201);
    }

    @Test
    void theVoucherStillWorksWhilePinChecksAreLocked() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            payByCard("10.00", WRONG_PIN).expectProblem(422, "wrong-pin", "PIN is wrong");
        }

        pay(PaymentToMake.of(person, "10.00")).expectJson(201);
        accounts.expectBalance(person, "990.00", "0.00", "990.00");
    }

    @Test
    void aCaseworkerUnlocksPinChecksAndTheRightPinWorksAgain() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            payByCard("10.00", WRONG_PIN).expectProblem(422, "wrong-pin", "PIN is wrong");
        }
        payByCard("10.00", PIN).expectProblem(423, "pin-locked", "locked");

        payments.unlockPin(person).expectStatus(204);

        payByCard("10.00", PIN).expectJson(201);
        accounts.expectBalance(person, "990.00", "0.00", "990.00");
    }

    @Test
    void settingANewPinAlsoLiftsTheLock() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            payByCard("10.00", WRONG_PIN).expectProblem(422, "wrong-pin", "PIN is wrong");
        }

        payments.setPin(person, "246810").expectStatus(204);

        payByCard("10.00", "246810").expectJson(201);
        payByCard("10.00", PIN).expectProblem(422, "wrong-pin", "PIN is wrong");
    }

    @Test
    void aPinIsExactlySixDigits() {
        payments.setPin(person, "12345").expectProblem(400, "pin-format", "six digits");
        payments.setPin(person, "1234567").expectProblem(400, "pin-format", "six digits");
        payments.setPin(person, "12345a").expectProblem(400, "pin-format", "six digits");
        payments.setPin(person, "{}").expectProblem(400, "pin-format", "six digits");

        payByCard("10.00", PIN).expectJson(201);
    }

    @Test
    void thePinOfAnUnknownAccountCannotBeSet() {
        String nobody = AccountToOpen.newPersonId("nobody");

        payments.setPin(nobody, PIN).expectProblem(404, "unknown-account", nobody);
        payments.setNoPinLimit(nobody, "10.00").expectProblem(404, "unknown-account", nobody);
        payments.unlockPin(nobody).expectProblem(404, "unknown-account", nobody);
    }

    @Test
    void aNoPinLimitIsMoney() {
        http.as(CASEWORKER).put(AccountSteps.accountPath(person) + "/no-pin-limit",
                "{\"amount\": 200}").expectProblem(400, "malformed-request", "amount");
        payments.setNoPinLimit(person, "-1.00").expectProblem(400, "malformed-request", "amount");
    }

    @Test
    void aSettlementSystemCannotSetAPin() {
        http.as(SETTLEMENT).put(AccountSteps.accountPath(person) + "/pin", JsonBody.of("pin", "111111"))
                .expectProblem(403, "role-not-allowed", "role");

        payByCard("10.00", PIN).expectJson(201);
    }

    /** 000 Q25: a family payment is confirmed with the payer's own PIN, not the holder's. */
    @Test
    void aFamilyPaymentByCardTakesThePayersOwnPin() {
        String member = accounts.opened(FamilyPaymentApiTest.beijing("member", "10.00"));
        payments.setPin(member, "135790").expectStatus(204);
        new FamilySteps(http).registered(person, member, "CHILD", "2022-10-20");

        pay(PaymentToMake.of(member, "60.00").usingFamilyAccounts().byCard(PIN)).expectProblem(422, "wrong-pin", "PIN is wrong");
        HttpAnswer paid = pay(PaymentToMake.of(member, "60.00").usingFamilyAccounts().byCard("135790"));

        paid.expectJson(201).expectFields("ownAccountPaid", "10.00", "familyAccountsPaid", "50.00");
        accounts.expectBalance(person, "950.00", "0.00", "950.00");
    }

    @Test
    void aRepeatedCardPaymentAnswersTheOriginalWithoutCheckingThePinAgain() {
        PaymentToMake bill = PaymentToMake.of(person, "120.00").byCard(PIN);
        HttpAnswer first = pay(bill).expectJson(201);

        HttpAnswer repeated = pay(bill);

        repeated.expectJson(200);
        assertThat(repeated.json()).isEqualTo(first.json());
        accounts.expectBalance(person, "880.00", "0.00", "880.00");
    }

    @Test
    void thePinIsKeptOnlyAsABcryptHash() {
        String hash = jdbc.queryForObject("SELECT pin_hash FROM account_pin WHERE person_id = ?", String.class, person);

        assertThat(hash).startsWith("$2a$").doesNotContain(PIN);
    }

    @Test
    void thePinAppearsInNoAnswerNoEventAndNoLog(CapturedOutput output) {
        PaymentToMake bill = PaymentToMake.of(person, "120.00").byCard(PIN);
        pay(bill).expectJson(201);
        pay(bill).expectJson(200);
        payByCard("10.00", WRONG_PIN).expectProblem(422, "wrong-pin", "PIN is wrong");
        answers.add(payments.setPin(person, "12345"));
        answers.add(payments.payment(bill.paymentId()).expectJson(200));
        answers.add(accounts.statement(person, "").expectJson(200));
        answers.add(accounts.account(person).expectJson(200));
        answers.add(payments.refund(bill.paymentId(), AccountToOpen.newPersonId("refund"), "20.00").expectJson(201));

        answers.forEach(answer -> assertThat(answer.body()).as("answer %s", answer)
                .doesNotContain(PIN, WRONG_PIN, "12345\""));
        List<EventRows.Row> events = EventRows.of(jdbc, List.of(person, Payment.streamId(bill.paymentId())));
        assertThat(events).extracting(EventRows.Row::payloadType)
                .anyMatch(type -> type.endsWith("AccountDebited"))
                .anyMatch(type -> type.endsWith("PaymentSettled"));
        events.forEach(event -> {
            assertThat(event.payload()).as("payload of %s", event).doesNotContain(PIN, WRONG_PIN)
                    .doesNotContainIgnoringCase("\"pin\"");
            assertThat(event.metaData()).as("metadata of %s", event).doesNotContain(PIN, WRONG_PIN)
                    .doesNotContainIgnoringCase("pin");
        });
        assertThat(output.getAll()).doesNotContain(PIN, WRONG_PIN);
    }
}
