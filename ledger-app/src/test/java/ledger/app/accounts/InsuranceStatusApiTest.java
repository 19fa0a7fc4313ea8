package ledger.app.accounts;

import static ledger.app.http.LedgerUser.CASEWORKER;

import ledger.app.LedgerApiTest;
import ledger.app.http.HttpAnswer;
import ledger.app.http.JsonBody;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code POST …/insurance-status} (000 Q14, 002 汉 第六条): credits after the change follow the new status. */
class InsuranceStatusApiTest extends LedgerApiTest {

    private AccountSteps accounts;

    @BeforeEach
    void setUp() {
        accounts = new AccountSteps(http);
    }

    private String wuhanEmployee() {
        return accounts.opened(AccountToOpen.of("WUHAN", "EMPLOYEE", "1980-05-20", "2023-01-01"));
    }

    private HttpAnswer changeStatus(String personId, String status, String effectiveOn) {
        return http.as(CASEWORKER).post(AccountSteps.accountPath(personId) + "/insurance-status",
                JsonBody.of("status", status, "effectiveOn", effectiveOn));
    }

    @Test
    void aWuhanEmployeeTurnedFlexibleWorkerIsNoLongerCredited() {
        String person = wuhanEmployee();
        accounts.credited(person, "2024-03", "5000.00", "2024-03-05");

        HttpAnswer changed = changeStatus(person, "FLEXIBLE_EMPLOYEE", "2024-03-15");
        HttpAnswer april = accounts.credit(person, "2024-04", "5000.00", "2024-04-05");

        changed.expectJson(200).expectFields("personId", person, "category", "FLEXIBLE_EMPLOYEE", "status", "OPEN",
                "balance.earmarked", "100.00");
        changed.expectNoField("corrections.0");
        april.expectProblem(422, "category-not-credited", "FLEXIBLE_EMPLOYEE");
        accounts.expectBalance(person, "0.00", "100.00", "100.00");
    }

    @Test
    void aStatusChangeReportedLateTakesBackTheMonthsAlreadyCredited() {
        String person = wuhanEmployee();
        accounts.credited(person, "2024-04", "5000.00", "2024-04-05");

        HttpAnswer changed = changeStatus(person, "FLEXIBLE_EMPLOYEE", "2024-03-15");

        changed.expectJson(200).expectFields("corrections.0.period", "2024-04", "corrections.0.before", "100.00",
                "corrections.0.after", "0.00", "corrections.0.recovered", "100.00");
        accounts.expectBalance(person, "0.00", "0.00", "0.00");
    }

    @Test
    void theBalanceStaysUsableAfterTheChange() {
        String person = wuhanEmployee();
        accounts.credited(person, "2024-03", "5000.00", "2024-03-05");
        changeStatus(person, "NOT_CONTRIBUTING", "2024-03-31").expectJson(200);

        HttpAnswer notCredited = accounts.credit(person, "2024-04", "5000.00", "2024-04-05");

        notCredited.expectProblem(422, "status-not-credited", "NOT_CONTRIBUTING");
        accounts.account(person).expectJson(200).expectFields("status", "OPEN", "balance.earmarked", "100.00");
    }

    @Test
    void cannotChangeToAnUnknownStatus() {
        String person = wuhanEmployee();

        changeStatus(person, "STUDENT", "2024-03-15").expectProblem(400, "malformed-request", "STUDENT");
        accounts.account(person).expectJson(200).expectFields("category", "EMPLOYEE");
    }

    @Test
    void cannotChangeWithoutADate() {
        String person = wuhanEmployee();

        changeStatus(person, "RESIDENT_SCHEME", null).expectProblem(400, "invalid-request", "effectiveOn");
    }

    @Test
    void cannotChangeTheStatusBeforeTheAccountWasOpened() {
        String person = wuhanEmployee();

        changeStatus(person, "RESIDENT_SCHEME", "2022-12-31")
                .expectProblem(422, "status-change-before-opening", "2023-01-01");
        accounts.account(person).expectJson(200).expectFields("category", "EMPLOYEE");
    }

    @Test
    void cannotChangeToTheSameStatus() {
        String person = wuhanEmployee();

        changeStatus(person, "EMPLOYEE", "2024-03-15").expectProblem(409, "status-unchanged");
    }

    @Test
    void cannotChangeTheStatusOfARetiree() {
        String person = accounts.opened(AccountToOpen.of("WUHAN", "RETIREE", "1955-05-20", "2023-01-01"));

        changeStatus(person, "FLEXIBLE_EMPLOYEE", "2024-03-15").expectProblem(422, "status-change-of-retiree");
    }

    @Test
    void cannotChangeTheStatusOfAnUnknownPerson() {
        String person = AccountToOpen.newPersonId("nobody");

        changeStatus(person, "FLEXIBLE_EMPLOYEE", "2024-03-15").expectProblem(404, "unknown-account", person);
    }
}
