package ledger.app.lifecycle;

import static ledger.app.accounts.AccountSteps.accountPath;
import static ledger.app.http.LedgerUser.AUDITOR;
import static org.assertj.core.api.Assertions.assertThat;

import ledger.app.LedgerApiTest;
import ledger.app.accounts.AccountSteps;
import ledger.app.accounts.AccountToOpen;
import ledger.app.http.HttpAnswer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /accounts/{id}/closure} (domain-rules §8): a Beijing retiree with 300.00 withdrawable
 * and 100.00 earmarked for each of March, April and May 2024 died on 2024-03-15; the death is reported
 * after April and May were credited. Those two go back to the fund (104), the rest to the heirs (208).
 */
class ClosureApiTest extends LedgerApiTest {

    private AccountSteps accounts;
    private String retiree;

    @BeforeEach
    void setUp() {
        accounts = new AccountSteps(http);
        retiree = accounts.opened(AccountToOpen.of("BEIJING", "RETIREE", "1960-05-01", "2020-01-02")
                .withLegacyWithdrawableBalance("300.00"));
        accounts.credited(retiree, "2024-03", null, "2024-03-05");
        accounts.credited(retiree, "2024-04", null, "2024-04-05");
        accounts.credited(retiree, "2024-05", null, "2024-05-05");
        accounts.expectBalance(retiree, "300.00", "300.00", "600.00");
    }

    @Test
    void aDeathReportedLateRecoversTheLaterCreditsAndPaysTheRestOut() {
        HttpAnswer closed = accounts.close(retiree, "DECEASED", "2024-03-15", null);

        closed.expectJson(200).expectFields(
                "paidOut", "400.00",
                "recovered", "200.00");
    }

    @Test
    void withoutAPayeeTheDeceasedsBalanceGoesToTheLegalHeirs() {
        HttpAnswer closed = accounts.close(retiree, "DECEASED", "2024-03-15", null);

        closed.expectJson(200).expectFields("payee", "legal heirs of " + retiree, "payoutCode", "208");
    }

    @Test
    void aClosedAccountShowsClosedAndEmpty() {
        accounts.close(retiree, "DECEASED", "2024-03-15", null).expectJson(200);

        accounts.account(retiree).expectJson(200).expectFields(
                "status", "CLOSED",
                "balance.withdrawable", "0.00",
                "balance.earmarked", "0.00",
                "balance.total", "0.00");
    }

    @Test
    void aClosedAccountStaysReadableForTheAuditor() {
        accounts.close(retiree, "DECEASED", "2024-03-15", null).expectJson(200);

        http.as(AUDITOR).get(accountPath(retiree)).expectJson(200).expectFields("status", "CLOSED",
                "balance.total", "0.00");
        assertThat(StatementLines.of(http.as(AUDITOR).get(accountPath(retiree) + "/statement"))).hasSize(8);
    }

    @Test
    void theStatementShowsTheRecoveredCreditsAndThePayoutToTheHeirs() {
        accounts.close(retiree, "DECEASED", "2024-03-15", null).expectJson(200);

        assertThat(StatementLines.of(accounts.statement(retiree, ""))).containsExactly(
                "LEGACY_BALANCE_MIGRATED 112 300.00 WITHDRAWABLE 300.00/0.00",
                "MONTHLY_CREDIT 101 100.00 EARMARKED 300.00/100.00",
                "MONTHLY_CREDIT 101 100.00 EARMARKED 300.00/200.00",
                "MONTHLY_CREDIT 101 100.00 EARMARKED 300.00/300.00",
                "CREDIT_RECOVERED 104 -100.00 EARMARKED 300.00/200.00",
                "CREDIT_RECOVERED 104 -100.00 EARMARKED 300.00/100.00",
                "PAID_OUT 208 -300.00 WITHDRAWABLE 0.00/0.00",
                "PAID_OUT 208 -100.00 EARMARKED 0.00/0.00");
    }

    @Test
    void theRecoveryNamesTheMonthItReturns() {
        accounts.close(retiree, "DECEASED", "2024-03-15", null).expectJson(200);

        HttpAnswer statement = accounts.statement(retiree, "");

        assertThat(statement.text("entries.4.reference")).contains("2024-04");
        assertThat(statement.text("entries.5.reference")).contains("2024-05");
        assertThat(statement.text("entries.6.reference")).contains("DECEASED", "legal heirs of " + retiree);
    }

    @Test
    void paysTheHeirTheCaseworkerNames() {
        HttpAnswer closed = accounts.close(retiree, "DECEASED", "2024-05-31", "王芳 (daughter)");

        closed.expectJson(200).expectFields("paidOut", "600.00", "recovered", "0.00", "payee", "王芳 (daughter)");
    }

    @Test
    void aTransferOutPaysTheWholeBalanceUnderCode207() {
        String employee = accounts.opened(AccountToOpen.of("BEIJING", "EMPLOYEE", "1980-05-20", "2020-01-02")
                .withLegacyWithdrawableBalance("300.00"));
        accounts.credited(employee, "2024-04", "10000.00", "2024-04-05");

        HttpAnswer closed = accounts.close(employee, "TRANSFERRED_OUT", "2024-04-30", "Shanghai medical insurance agency");

        closed.expectJson(200).expectFields("paidOut", "500.00", "recovered", "0.00", "payoutCode", "207");
        assertThat(StatementLines.of(accounts.statement(employee, ""))).endsWith(
                "PAID_OUT 207 -300.00 WITHDRAWABLE 0.00/0.00",
                "PAID_OUT 207 -200.00 EARMARKED 0.00/0.00");
    }

    @Test
    void cannotCloseAnAccountTwice() {
        accounts.close(retiree, "DECEASED", "2024-03-15", null).expectJson(200);

        HttpAnswer again = accounts.close(retiree, "DECEASED", "2024-03-15", null);

        again.expectProblem(409, "account-closed", "closed");
    }

    @Test
    void cannotCloseForAReasonOutsideTheContract() {
        HttpAnswer refused = accounts.close(retiree, "RETIRED", "2024-03-15", null);

        refused.expectProblem(400, "malformed-request", "reason");
        accounts.account(retiree).expectJson(200).expectFields("status", "OPEN");
    }

    @Test
    void cannotCloseWithoutATerminationDate() {
        HttpAnswer refused = accounts.close(retiree, "DECEASED", null, null);

        refused.expectProblem(400, "invalid-request", "effectiveOn");
        accounts.expectBalance(retiree, "300.00", "300.00", "600.00");
    }

    @Test
    void cannotTerminateBeforeTheAccountWasOpened() {
        HttpAnswer refused = accounts.close(retiree, "DECEASED", "2019-12-31", null);

        refused.expectProblem(422, "closure-before-opening", "2019-12-31");
        accounts.account(retiree).expectJson(200).expectFields("status", "OPEN");
    }
}
