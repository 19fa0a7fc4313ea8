package ledger.app.security;

import static ledger.app.accounts.AccountSteps.ACCOUNTS;
import static ledger.app.accounts.AccountSteps.accountPath;
import static ledger.app.http.LedgerUser.AUDITOR;
import static ledger.app.http.LedgerUser.OPERATOR;
import static ledger.app.http.LedgerUser.SETTLEMENT;
import static org.assertj.core.api.Assertions.assertThat;

import ledger.app.LedgerApiTest;
import ledger.app.accounts.AccountSteps;
import ledger.app.accounts.AccountToOpen;
import ledger.app.http.HttpAnswer;
import ledger.app.http.JsonBody;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccessControlApiTest extends LedgerApiTest {

    private AccountSteps accounts;
    private String person;

    @BeforeEach
    void setUp() {
        accounts = new AccountSteps(http);
        person = accounts.opened(AccountToOpen.of("BEIJING", "EMPLOYEE", "1980-05-20", "2022-01-10")
                .withLegacyWithdrawableBalance("500.00"));
    }

    private static Object credit() {
        return JsonBody.of("period", "2024-05", "contributionBase", "12345.67", "creditedOn", "2024-06-05");
    }

    @Test
    void aRequestWithoutCredentialsIsUnauthorized() {
        HttpAnswer refused = http.anonymous().get(accountPath(person));

        refused.expectProblem(401, "authentication-required", "credentials");
        assertThat(refused.header("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void aWriteWithoutCredentialsIsUnauthorizedAndChangesNothing() {
        HttpAnswer refused = http.anonymous().post(accountPath(person) + "/credits", credit());

        refused.expectProblem(401, "authentication-required", "credentials");
        accounts.expectBalance(person, "500.00", "0.00", "500.00");
    }

    @Test
    void aWrongPasswordIsUnauthorized() {
        HttpAnswer refused = http.as("caseworker", "not-the-password").get(accountPath(person));

        refused.expectProblem(401, "authentication-required", "credentials");
        assertThat(refused.header("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void anUnknownUserIsUnauthorized() {
        HttpAnswer refused = http.as("mallory", "mallory").get(accountPath(person));

        refused.expectProblem(401, "authentication-required", "credentials");
    }

    @Test
    void anAuditorCanReadAnAccountAndItsStatement() {
        HttpAnswer account = http.as(AUDITOR).get(accountPath(person));
        HttpAnswer statement = http.as(AUDITOR).get(accountPath(person) + "/statement");

        account.expectJson(200).expectFields("personId", person, "balance.total", "500.00");
        statement.expectJson(200).expectFields("entries.0.code", "112");
    }

    @Test
    void anAuditorCannotCreditAnAccount() {
        HttpAnswer refused = http.as(AUDITOR).post(accountPath(person) + "/credits", credit());

        refused.expectProblem(403, "role-not-allowed", "POST", "/credits");
        accounts.expectBalance(person, "500.00", "0.00", "500.00");
    }

    @Test
    void anAuditorCannotOpenAnAccount() {
        AccountToOpen account = AccountToOpen.of("BEIJING", "EMPLOYEE", "1980-05-20", "2022-01-10");

        HttpAnswer refused = http.as(AUDITOR).post(ACCOUNTS, account);

        refused.expectProblem(403, "role-not-allowed", "POST");
        accounts.expectNoAccount(account.personId());
    }

    @Test
    void aSettlementSystemCannotReadAccounts() {
        HttpAnswer refused = http.as(SETTLEMENT).get(accountPath(person));

        refused.expectProblem(403, "role-not-allowed", "GET", person);
    }

    @Test
    void aSettlementSystemCannotWithdrawCash() {
        HttpAnswer refused = http.as(SETTLEMENT).post(accountPath(person) + "/withdrawals",
                JsonBody.of("withdrawalId", AccountToOpen.newPersonId("w"), "amount", "100.00"));

        refused.expectProblem(403, "role-not-allowed", "POST");
        accounts.expectBalance(person, "500.00", "0.00", "500.00");
    }

    @Test
    void anOperatorCannotOpenAnAccount() {
        AccountToOpen account = AccountToOpen.of("BEIJING", "EMPLOYEE", "1980-05-20", "2022-01-10");

        HttpAnswer refused = http.as(OPERATOR).post(ACCOUNTS, account);

        refused.expectProblem(403, "role-not-allowed", "POST", ACCOUNTS);
        accounts.expectNoAccount(account.personId());
    }
}
