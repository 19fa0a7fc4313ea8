package ledger.app.lifecycle;

import static ledger.app.accounts.AccountSteps.accountPath;
import static ledger.app.http.LedgerUser.CASEWORKER;
import static ledger.app.http.LedgerUser.SETTLEMENT;

import ledger.app.LedgerApiTest;
import ledger.app.accounts.AccountSteps;
import ledger.app.accounts.AccountToOpen;
import ledger.app.http.HttpAnswer;
import ledger.app.http.JsonBody;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** After liquidation the account takes no further credits, payments or registrations (§8): 409. */
class ClosedAccountApiTest extends LedgerApiTest {

    private AccountSteps accounts;
    private String closed;

    /** 300.00 withdrawable and 200.00 earmarked, paid out on a switch to public medical care. */
    @BeforeEach
    void setUp() {
        accounts = new AccountSteps(http);
        closed = accounts.opened(beijingEmployee());
        accounts.credited(closed, "2024-04", "10000.00", "2024-04-05");
        accounts.close(closed, "OTHER_SCHEME", "2024-04-30", null).expectJson(200)
                .expectFields("paidOut", "500.00", "recovered", "0.00", "payee", closed);
    }

    @Test
    void aClosedAccountTakesNoCredit() {
        HttpAnswer refused = accounts.credit(closed, "2024-05", "10000.00", "2024-05-05");

        refused.expectProblem(409, "account-closed", "closed");
        expectClosedAndEmpty();
    }

    @Test
    void aClosedAccountPaysNoCash() {
        HttpAnswer refused = accounts.withdraw(closed, AccountToOpen.newPersonId("w"), "1.00", null);

        refused.expectProblem(409, "account-closed", "closed");
        expectClosedAndEmpty();
    }

    @Test
    void aClosedAccountRecordsNoRetirement() {
        accounts.retire(closed, "2024-06-30").expectProblem(409, "account-closed", "closed");

        accounts.account(closed).expectJson(200).expectFields("category", "EMPLOYEE", "status", "CLOSED");
    }

    @Test
    void aClosedAccountEarnsNoInterest() {
        accounts.payInterest(closed, "2025-Q1").expectProblem(409, "account-closed", "closed");

        expectClosedAndEmpty();
    }

    @Test
    void aClosedAccountTakesNoTransferIn() {
        accounts.transferIn(closed, AccountToOpen.newPersonId("tr"), "SHANGHAI", "100.00").expectProblem(409, "account-closed", "closed");

        expectClosedAndEmpty();
    }

    @Test
    void aClosedAccountRegistersNoFamilyMember() {
        String spouse = accounts.opened(beijingEmployee());

        HttpAnswer refused = registerFamilyMember(closed, spouse);

        refused.expectProblem(409, "account-closed", "closed");
    }

    @Test
    void aClosedAccountCannotBeRegisteredAsAFamilyMember() {
        String holder = accounts.opened(beijingEmployee());

        HttpAnswer refused = registerFamilyMember(holder, closed);

        refused.expectProblem(409, "account-closed", "closed");
        http.as(CASEWORKER).get(accountPath(closed) + "/funding-order").expectJson(200)
                .expectFields("accounts.0", closed)
                .expectNoField("accounts.1");
    }

    @Test
    void aClosedAccountMakesNoPayment() {
        HttpAnswer refused = http.as(SETTLEMENT).post("/api/v1/payments", JsonBody.of(
                "paymentId", AccountToOpen.newPersonId("pay"),
                "personId", closed,
                "amount", "10.00",
                "occurredAt", "2026-06-01T10:00:00+08:00",
                "institutionId", "pharmacy-0001",
                "purpose", "PHARMACY",
                "channel", "E_VOUCHER",
                "useFamilyAccounts", false));

        refused.expectProblem(409, "account-closed", "closed");
        expectClosedAndEmpty();
    }

    @Test
    void aClosedAccountCannotBeClosedAgain() {
        accounts.close(closed, "DECEASED", "2024-05-31", null).expectProblem(409, "account-closed", "closed");

        expectClosedAndEmpty();
    }

    private HttpAnswer registerFamilyMember(String holder, String member) {
        return http.as(CASEWORKER).post(accountPath(holder) + "/family-members",
                JsonBody.of("memberId", member, "relation", "SPOUSE", "registeredOn", "2024-06-01"));
    }

    private void expectClosedAndEmpty() {
        accounts.account(closed).expectJson(200).expectFields("status", "CLOSED", "balance.total", "0.00");
    }

    private static AccountToOpen beijingEmployee() {
        return AccountToOpen.of("BEIJING", "EMPLOYEE", "1980-05-20", "2020-01-02").withLegacyWithdrawableBalance("300.00");
    }
}
