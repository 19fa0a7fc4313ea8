package ledger.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import ledger.app.LedgerApiTest;
import ledger.app.http.HttpAnswer;
import ledger.app.http.JsonBody;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CashWithdrawalApiTest extends LedgerApiTest {

    private AccountSteps accounts;
    /** 500.00 withdrawable from the old system and 246.91 earmarked from a post-reform credit. */
    private String person;
    private String withdrawalId;

    @BeforeEach
    void setUp() {
        accounts = new AccountSteps(http);
        person = accounts.opened(AccountToOpen.of("BEIJING", "EMPLOYEE", "1980-05-20", "2022-01-10")
                .withLegacyWithdrawableBalance("500.00"));
        accounts.credited(person, "2024-03", "12345.67", "2024-03-05");
        withdrawalId = AccountToOpen.newPersonId("w");
    }

    @Test
    void canWithdrawFromTheWithdrawablePot() {
        HttpAnswer withdrawn = accounts.withdraw(person, withdrawalId, "200.00", "2024-04-01");

        withdrawn.expectJson(201).expectFields(
                "withdrawalId", withdrawalId,
                "amount", "200.00",
                "pot", "WITHDRAWABLE",
                "occurredOn", "2024-04-01",
                "balance.withdrawable", "300.00",
                "balance.earmarked", "246.91",
                "balance.total", "546.91");
        accounts.expectBalance(person, "300.00", "246.91", "546.91");
    }

    @Test
    void canWithdrawTheWholeWithdrawablePot() {
        HttpAnswer withdrawn = accounts.withdraw(person, withdrawalId, "500.00", "2024-04-01");

        withdrawn.expectJson(201).expectFields("balance.withdrawable", "0.00", "balance.earmarked", "246.91");
        accounts.expectBalance(person, "0.00", "246.91", "246.91");
    }

    @Test
    void theSameWithdrawalRepeatedAnswersTheOriginalResultAndPaysNothingMore() {
        HttpAnswer first = accounts.withdraw(person, withdrawalId, "200.00", "2024-04-01").expectJson(201);

        HttpAnswer repeated = accounts.withdraw(person, withdrawalId, "200.00", "2024-04-01");

        repeated.expectJson(200);
        assertThat(repeated.json()).isEqualTo(first.json());
        accounts.expectBalance(person, "300.00", "246.91", "546.91");
        accounts.statement(person, "").expectJson(200).expectFields("entries.2.code", "901")
                .expectNoField("entries.3");
    }

    @Test
    void cannotReuseAWithdrawalIdForAnotherAmount() {
        accounts.withdraw(person, withdrawalId, "200.00", "2024-04-01").expectJson(201);

        HttpAnswer refused = accounts.withdraw(person, withdrawalId, "250.00", "2024-04-01");

        refused.expectProblem(409, "withdrawal-id-reused", withdrawalId, "200.00");
        accounts.expectBalance(person, "300.00", "246.91", "546.91");
    }

    @Test
    void cannotReuseAWithdrawalIdForAnotherDay() {
        accounts.withdraw(person, withdrawalId, "200.00", "2024-04-01").expectJson(201);

        HttpAnswer refused = accounts.withdraw(person, withdrawalId, "200.00", "2024-04-02");

        refused.expectProblem(409, "withdrawal-id-reused", withdrawalId, "2024-04-01");
        accounts.expectBalance(person, "300.00", "246.91", "546.91");
    }

    @Test
    void cannotWithdrawMoreThanTheWithdrawablePotEvenWhenEarmarkedMoneyCouldCoverIt() {
        HttpAnswer refused = accounts.withdraw(person, withdrawalId, "500.01", "2024-04-01");

        refused.expectProblem(422, "exceeds-withdrawable", "500.01", "withdrawable pot of 500.00");
        accounts.expectBalance(person, "500.00", "246.91", "746.91");
    }

    @Test
    void aRefusedWithdrawalLeavesItsIdFree() {
        accounts.withdraw(person, withdrawalId, "500.01", "2024-04-01").expectProblem(422, "exceeds-withdrawable", "500.01");

        HttpAnswer withdrawn = accounts.withdraw(person, withdrawalId, "100.00", "2024-04-01");

        withdrawn.expectJson(201).expectFields("balance.withdrawable", "400.00");
    }

    @Test
    void cannotWithdrawFromTheEarmarkedPot() {
        HttpAnswer refused = accounts.withdraw(person, JsonBody.of("withdrawalId", withdrawalId, "amount", "100.00",
                "occurredOn", "2024-04-01", "pot", "EARMARKED"));

        refused.expectProblem(422, "earmarked-not-withdrawable", "earmarked");
        accounts.expectBalance(person, "500.00", "246.91", "746.91");
    }

    @Test
    void cannotWithdrawNothing() {
        HttpAnswer refused = accounts.withdraw(person, withdrawalId, "0.00", "2024-04-01");

        refused.expectProblem(400, "zero-amount", "0.00");
        accounts.expectBalance(person, "500.00", "246.91", "746.91");
    }

    @Test
    void cannotWithdrawAnAmountGivenAsAJsonNumber() {
        HttpAnswer refused = accounts.withdraw(person, """
                {"withdrawalId": "%s", "amount": 100.00, "occurredOn": "2024-04-01"}""".formatted(withdrawalId));

        refused.expectProblem(400, "malformed-request", "amount", "string");
        accounts.expectBalance(person, "500.00", "246.91", "746.91");
    }

    @Test
    void cannotWithdrawANegativeAmount() {
        HttpAnswer refused = accounts.withdraw(person, withdrawalId, "-1.00", "2024-04-01");

        refused.expectProblem(400, "malformed-request", "amount", "-1.00");
        accounts.expectBalance(person, "500.00", "246.91", "746.91");
    }

    @Test
    void cannotWithdrawWithoutAWithdrawalId() {
        HttpAnswer refused = accounts.withdraw(person, JsonBody.of("amount", "100.00", "occurredOn", "2024-04-01"));

        refused.expectProblem(400, "invalid-request", "withdrawalId");
        accounts.expectBalance(person, "500.00", "246.91", "746.91");
    }

    @Test
    void cannotWithdrawFromAnUnknownAccount() {
        String nobody = AccountToOpen.newPersonId("nobody");

        HttpAnswer refused = accounts.withdraw(nobody, withdrawalId, "100.00", "2024-04-01");

        refused.expectProblem(404, "unknown-account", nobody);
    }
}
