package ledger.app.accounts;

import static ledger.app.http.LedgerUser.CASEWORKER;

import ledger.app.LedgerApiTest;
import ledger.app.http.HttpAnswer;
import ledger.app.http.JsonBody;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code POST …/credits/{period}/reversal}: a credit posted in error is taken back (退收, 104). */
class CreditReversalApiTest extends LedgerApiTest {

    private AccountSteps accounts;

    @BeforeEach
    void setUp() {
        accounts = new AccountSteps(http);
    }

    private String beijingEmployee() {
        return accounts.opened(AccountToOpen.of("BEIJING", "EMPLOYEE", "1980-05-20", "2020-01-10"));
    }

    private HttpAnswer reverse(String personId, String period, String reason) {
        return http.as(CASEWORKER).post(AccountSteps.accountPath(personId) + "/credits/" + period + "/reversal",
                JsonBody.of("reason", reason));
    }

    @Test
    void aReversedCreditCanBeCreditedAgain() {
        String person = beijingEmployee();
        accounts.credited(person, "2024-04", "10000.00", "2024-04-05");

        HttpAnswer reversed = reverse(person, "2024-04", "wrong contribution base");
        HttpAnswer again = accounts.credit(person, "2024-04", "8000.00", "2024-05-05");

        reversed.expectJson(201).expectFields("period", "2024-04", "amount", "200.00",
                "reason", "wrong contribution base", "recovered.earmarked", "200.00", "balance.total", "0.00");
        again.expectJson(201).expectFields("amount", "160.00");
        accounts.expectBalance(person, "0.00", "160.00", "160.00");
        accounts.statement(person, "").expectJson(200).expectFields(
                "entries.1.type", "CREDIT_REVERSED", "entries.1.code", "104", "entries.1.amount", "-200.00",
                "entries.2.type", "BACK_FILLED_CREDIT", "entries.2.code", "111");
    }

    @Test
    void cannotReverseAPeriodNeverCredited() {
        String person = beijingEmployee();

        reverse(person, "2024-04", "posted in error").expectProblem(422, "period-not-credited", "2024-04");
    }

    @Test
    void theSameReversalSentAgainAnswersTheStoredOneAndTakesNothingTwice() {
        String person = beijingEmployee();
        accounts.credited(person, "2024-04", "10000.00", "2024-04-05");
        reverse(person, "2024-04", "posted in error").expectJson(201);

        reverse(person, "2024-04", "posted in error").expectJson(200).expectFields("period", "2024-04",
                "amount", "200.00", "reason", "posted in error");
        accounts.expectBalance(person, "0.00", "0.00", "0.00");
    }

    @Test
    void cannotReverseAReversedCreditForAnotherReason() {
        String person = beijingEmployee();
        accounts.credited(person, "2024-04", "10000.00", "2024-04-05");
        reverse(person, "2024-04", "posted in error").expectJson(201);

        reverse(person, "2024-04", "another reason").expectProblem(409, "credit-already-reversed", "2024-04");
        accounts.expectBalance(person, "0.00", "0.00", "0.00");
    }

    @Test
    void cannotReverseMoneyAlreadySpent() {
        String person = beijingEmployee();
        accounts.credited(person, "2022-05", "10000.00", "2022-05-05");
        accounts.withdraw(person, "w-" + person.substring(8, 20), "150.00", "2024-04-06").expectJson(201);

        reverse(person, "2022-05", "posted in error").expectProblem(422, "reversal-exceeds-balance", "50.00");
        accounts.expectBalance(person, "50.00", "0.00", "50.00");
    }

    @Test
    void cannotReverseWithoutAReason() {
        String person = beijingEmployee();
        accounts.credited(person, "2024-04", "10000.00", "2024-04-05");

        reverse(person, "2024-04", " ").expectProblem(400, "reason-required", "reason", "1 to 200");
        reverse(person, "2024-04", "x".repeat(201)).expectProblem(400, "reason-required", "reason", "1 to 200");
        http.as(CASEWORKER).post(AccountSteps.accountPath(person) + "/credits/2024-04/reversal", "{}")
                .expectProblem(400, "reason-required", "reason");
        accounts.expectBalance(person, "0.00", "200.00", "200.00");
    }

    @Test
    void cannotReverseAMalformedPeriod() {
        String person = beijingEmployee();

        reverse(person, "2024-13", "posted in error").expectStatus(400);
    }

    @Test
    void cannotReverseForAnUnknownPerson() {
        String person = AccountToOpen.newPersonId("nobody");

        reverse(person, "2024-04", "posted in error").expectProblem(404, "unknown-account", person);
    }
}
