package ledger.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import ledger.app.LedgerApiTest;
import ledger.app.http.HttpAnswer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountOpeningApiTest extends LedgerApiTest {

    private AccountSteps accounts;

    @BeforeEach
    void setUp() {
        accounts = new AccountSteps(http);
    }

    private static AccountToOpen beijingEmployee() {
        return AccountToOpen.of("BEIJING", "EMPLOYEE", "1980-05-20", "2022-01-10");
    }

    @Test
    void openingAnswersTheNewAccountWithEmptyPots() {
        AccountToOpen account = beijingEmployee();

        HttpAnswer opened = accounts.open(account);

        opened.expectJson(201).expectFields(
                "personId", account.personId(),
                "region", "BEIJING",
                "category", "EMPLOYEE",
                "status", "OPEN",
                "balance.withdrawable", "0.00",
                "balance.earmarked", "0.00",
                "balance.total", "0.00");
    }

    @Test
    void aLegacyBalanceArrivesAsWithdrawableMoney() {
        AccountToOpen account = beijingEmployee().withLegacyWithdrawableBalance("500.00");

        HttpAnswer opened = accounts.open(account);

        opened.expectJson(201).expectFields(
                "status", "OPEN",
                "balance.withdrawable", "500.00",
                "balance.earmarked", "0.00",
                "balance.total", "500.00");
    }

    @Test
    void theOpenedAccountReadsBackAsItWasAnswered() {
        AccountToOpen account = AccountToOpen.of("SHANGHAI", "RETIREE", "1950-03-10", "2015-04-01")
                .withRetiredOn("2010-03-31").withLegacyWithdrawableBalance("1234.56");
        HttpAnswer opened = accounts.open(account).expectJson(201);

        HttpAnswer read = accounts.account(account.personId());

        read.expectJson(200).expectFields(
                "personId", account.personId(),
                "region", "SHANGHAI",
                "category", "RETIREE",
                "status", "OPEN",
                "balance.withdrawable", "1234.56",
                "balance.earmarked", "0.00",
                "balance.total", "1234.56");
        assertThat(read.json()).isEqualTo(opened.json());
    }

    @Test
    void cannotOpenASecondAccountForTheSamePerson() {
        AccountToOpen account = beijingEmployee().withLegacyWithdrawableBalance("500.00");
        accounts.opened(account);

        HttpAnswer again = accounts.open(account.withRegion("SHANGHAI").withLegacyWithdrawableBalance("900.00"));

        again.expectProblem(409, "account-exists", "already exists");
        accounts.account(account.personId()).expectJson(200).expectFields("region", "BEIJING");
        accounts.expectBalance(account.personId(), "500.00", "0.00", "500.00");
    }

    @Test
    void cannotOpenAnAccountInAnUnknownRegion() {
        AccountToOpen account = beijingEmployee().withRegion("ATLANTIS");

        HttpAnswer refused = accounts.open(account);

        refused.expectProblem(400, "unknown-region", "ATLANTIS");
        accounts.expectNoAccount(account.personId());
    }

    @Test
    void cannotOpenAnAccountOfAnUnknownCategory() {
        AccountToOpen account = beijingEmployee().withCategory("PENSIONER");

        HttpAnswer refused = accounts.open(account);

        refused.expectProblem(400, "malformed-request", "category", "PENSIONER");
        accounts.expectNoAccount(account.personId());
    }

    @Test
    void cannotOpenAnAccountWithoutABirthDate() {
        String personId = AccountToOpen.newPersonId("beijing");

        HttpAnswer refused = accounts.open("""
                {"personId": "%s", "region": "BEIJING", "category": "EMPLOYEE", "openedOn": "2022-01-10"}"""
                .formatted(personId));

        refused.expectProblem(400, "invalid-request", "birthDate");
        accounts.expectNoAccount(personId);
    }

    @Test
    void cannotOpenAnAccountWithoutAPersonId() {
        HttpAnswer refused = accounts.open("""
                {"region": "BEIJING", "category": "EMPLOYEE", "birthDate": "1980-05-20", "openedOn": "2022-01-10"}""");

        refused.expectProblem(400, "person-id-required", "personId");
    }

    @Test
    void cannotOpenAnAccountWithALegacyBalanceGivenAsAJsonNumber() {
        String personId = AccountToOpen.newPersonId("beijing");

        HttpAnswer refused = accounts.open("""
                {"personId": "%s", "region": "BEIJING", "category": "EMPLOYEE", "birthDate": "1980-05-20",
                 "openedOn": "2022-01-10", "legacyWithdrawableBalance": 500.00}""".formatted(personId));

        refused.expectProblem(400, "malformed-request", "legacyWithdrawableBalance");
        accounts.expectNoAccount(personId);
    }

    @Test
    void cannotOpenAnAccountWithALegacyBalanceOfThreeDecimals() {
        AccountToOpen account = beijingEmployee().withLegacyWithdrawableBalance("500.001");

        HttpAnswer refused = accounts.open(account);

        refused.expectProblem(400, "malformed-request", "legacyWithdrawableBalance", "500.001");
        accounts.expectNoAccount(account.personId());
    }

    @Test
    void cannotOpenAnAccountForSomeoneBornAfterTheOpening() {
        AccountToOpen account = AccountToOpen.of("BEIJING", "EMPLOYEE", "2023-01-01", "2022-01-10");

        HttpAnswer refused = accounts.open(account);

        refused.expectProblem(400, "born-after-opening", "birthDate");
        accounts.expectNoAccount(account.personId());
    }

    @Test
    void anUnknownPersonHasNoAccount() {
        String personId = AccountToOpen.newPersonId("nobody");

        HttpAnswer unknown = accounts.account(personId);

        unknown.expectProblem(404, "unknown-account", personId);
    }
}
