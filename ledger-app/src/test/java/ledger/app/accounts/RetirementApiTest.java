package ledger.app.accounts;

import ledger.app.LedgerApiTest;
import ledger.app.http.HttpAnswer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetirementApiTest extends LedgerApiTest {

    private AccountSteps accounts;

    @BeforeEach
    void setUp() {
        accounts = new AccountSteps(http);
    }

    private String beijingEmployeeBorn1962() {
        return accounts.opened(AccountToOpen.of("BEIJING", "EMPLOYEE", "1962-03-20", "2020-01-10"));
    }

    @Test
    void retirementMakesTheAccountARetireesAccount() {
        String person = beijingEmployeeBorn1962();

        HttpAnswer retired = accounts.retire(person, "2024-03-31");

        retired.expectJson(200).expectFields("personId", person, "category", "RETIREE", "status", "OPEN");
        accounts.account(person).expectJson(200).expectFields("category", "RETIREE");
    }

    @Test
    void theRetirementMonthIsStillCreditedFromTheContributionBase() {
        String person = beijingEmployeeBorn1962();
        accounts.retire(person, "2024-03-31").expectJson(200);

        HttpAnswer withoutBase = accounts.credit(person, "2024-03", null, "2024-04-05");
        HttpAnswer withBase = accounts.credit(person, "2024-03", "10000.00", "2024-04-05");

        withoutBase.expectProblem(400, "contribution-base-required", "contributionBase");
        withBase.expectJson(201).expectFields(
                "period", "2024-03", "amount", "200.00", "pot", "EARMARKED", "rule", "BEIJING-ACTIVE-2PCT");
    }

    @Test
    void theMonthAfterRetirementIsCreditedTheRetireeAmount() {
        String person = beijingEmployeeBorn1962();
        accounts.retire(person, "2024-03-31").expectJson(200);
        accounts.credited(person, "2024-03", "10000.00", "2024-04-05");

        HttpAnswer credit = accounts.credit(person, "2024-04", null, "2024-04-05");

        credit.expectJson(201).expectFields(
                "period", "2024-04", "amount", "100.00", "pot", "EARMARKED", "rule", "BEIJING-RETIREE-FIXED");
        accounts.expectBalance(person, "0.00", "300.00", "300.00");
    }

    @Test
    void cannotRetireTwice() {
        String person = beijingEmployeeBorn1962();
        accounts.retire(person, "2024-03-31").expectJson(200);
        accounts.credited(person, "2024-04", null, "2024-04-05");

        HttpAnswer again = accounts.retire(person, "2024-06-30");

        again.expectProblem(409, "already-retired", "already", "2024-03-31");
        accounts.account(person).expectJson(200).expectFields("category", "RETIREE");
        accounts.expectBalance(person, "0.00", "100.00", "100.00");
    }

    @Test
    void aRetirementReportedTwoMonthsLateEndsWithTheRetireeAmounts() {
        String person = beijingEmployeeBorn1962();
        accounts.credited(person, "2024-04", "10000.00", "2024-04-05");
        accounts.credited(person, "2024-05", "10000.00", "2024-05-05");

        HttpAnswer retired = accounts.retire(person, "2024-03-31");

        retired.expectJson(200).expectFields("category", "RETIREE",
                "corrections.0.period", "2024-04", "corrections.0.before", "200.00",
                "corrections.0.after", "100.00", "corrections.0.recovered", "100.00",
                "corrections.1.period", "2024-05", "corrections.1.before", "200.00",
                "corrections.1.after", "100.00", "corrections.1.recovered", "100.00");
        accounts.expectBalance(person, "0.00", "200.00", "200.00");
        accounts.credit(person, "2024-05", null, "2024-06-05").expectProblem(409, "period-already-credited");
        accounts.credit(person, "2024-06", null, "2024-06-05").expectJson(201).expectFields("amount", "100.00");
    }

    @Test
    void cannotRetireWithoutADate() {
        String person = beijingEmployeeBorn1962();

        HttpAnswer refused = accounts.retire(person, null);

        refused.expectProblem(400, "invalid-request", "retiredOn");
        accounts.account(person).expectJson(200).expectFields("category", "EMPLOYEE");
        accounts.expectBalance(person, "0.00", "0.00", "0.00");
    }

    @Test
    void cannotRetireAnUnknownPerson() {
        String person = AccountToOpen.newPersonId("nobody");

        HttpAnswer refused = accounts.retire(person, "2024-03-31");

        refused.expectProblem(404, "unknown-account", person);
    }
}
