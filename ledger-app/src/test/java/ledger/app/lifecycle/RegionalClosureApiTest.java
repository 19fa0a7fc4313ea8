package ledger.app.lifecycle;

import static ledger.app.http.LedgerUser.CASEWORKER;
import static org.assertj.core.api.Assertions.assertThat;

import ledger.app.LedgerApiTest;
import ledger.app.accounts.AccountSteps;
import ledger.app.accounts.AccountToOpen;
import ledger.app.http.HttpAnswer;
import ledger.app.http.JsonBody;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Closure reasons per region and the heir's account on death (domain-rules §8). */
class RegionalClosureApiTest extends LedgerApiTest {

    private AccountSteps accounts;

    @BeforeEach
    void setUp() {
        accounts = new AccountSteps(http);
    }

    private String opened(String region, String legacy) {
        return accounts.opened(AccountToOpen.of(region, "EMPLOYEE", "1960-05-20", "2023-01-01")
                .withLegacyWithdrawableBalance(legacy));
    }

    private HttpAnswer closeToHeir(String personId, String heirAccountId) {
        return http.as(CASEWORKER).post(AccountSteps.accountPath(personId) + "/closure", JsonBody.of(
                "reason", "DECEASED", "effectiveOn", "2024-06-10", "heirAccountId", heirAccountId));
    }

    @Test
    void aQingyangPersonWhoLeavesTheSchemeIsPaidTheBalance() {
        String person = opened("QINGYANG", "300.00");

        HttpAnswer closed = accounts.close(person, "LEFT_SCHEME", "2024-06-30", null);

        closed.expectJson(200).expectFields("paidOut", "300.00", "payee", person, "payoutCode", "203");
        accounts.account(person).expectJson(200).expectField("status", "CLOSED");
    }

    @Test
    void cannotLeaveTheSchemeOrBeClearedAtOnceWhereTheRegionsRulesLackIt() {
        String person = opened("BEIJING", "300.00");

        accounts.close(person, "LEFT_SCHEME", "2024-06-30", null)
                .expectProblem(422, "closure-reason-not-in-region", "LEFT_SCHEME");
        accounts.close(person, "ONE_TIME_CLEARANCE", "2024-06-30", null)
                .expectProblem(422, "closure-reason-not-in-region", "ONE_TIME_CLEARANCE");
        accounts.account(person).expectJson(200).expectFields("status", "OPEN", "balance.total", "300.00");
    }

    @Test
    void cannotCloseForAnUnknownReason() {
        String person = opened("QINGYANG", "300.00");

        accounts.close(person, "EMIGRATED_TO_MARS", "2024-06-30", null).expectStatus(400);
        accounts.account(person).expectJson(200).expectField("status", "OPEN");
    }

    @Test
    void onDeathTheBalanceGoesIntoTheHeirsAccountPotByPot() {
        String deceased = opened("BEIJING", "300.00");
        accounts.credited(deceased, "2024-05", "5000.00", "2024-05-05");
        String heir = opened("BEIJING", "50.00");

        HttpAnswer closed = closeToHeir(deceased, heir);

        closed.expectJson(200).expectFields("paidOut", "400.00", "payee", heir, "payoutCode", "208");
        accounts.account(deceased).expectJson(200).expectFields("status", "CLOSED", "balance.total", "0.00");
        accounts.expectBalance(heir, "350.00", "100.00", "450.00");
        assertThat(StatementLines.of(accounts.statement(heir, ""))).containsExactly(
                "LEGACY_BALANCE_MIGRATED 112 50.00 WITHDRAWABLE 50.00/0.00",
                "INHERITED 106 300.00 WITHDRAWABLE 350.00/100.00",
                "INHERITED 106 100.00 EARMARKED 350.00/100.00");
        assertThat(StatementLines.of(accounts.statement(deceased, ""))).contains(
                "PAID_OUT 208 -300.00 WITHDRAWABLE 0.00/0.00", "PAID_OUT 208 -100.00 EARMARKED 0.00/0.00");
    }

    @Test
    void cannotCreditAnHeirInAnotherRegion() {
        String deceased = opened("BEIJING", "300.00");
        String heir = opened("SHANGHAI", "50.00");

        closeToHeir(deceased, heir).expectProblem(422, "heir-in-other-region", "SHANGHAI");
        accounts.expectBalance(deceased, "300.00", "0.00", "300.00");
        accounts.expectBalance(heir, "50.00", "0.00", "50.00");
    }

    @Test
    void cannotCreditAClosedHeirAccount() {
        String deceased = opened("BEIJING", "300.00");
        String heir = opened("BEIJING", "50.00");
        accounts.close(heir, "OTHER_SCHEME", "2024-06-01", null).expectJson(200);

        closeToHeir(deceased, heir).expectProblem(422, "heir-account-closed", heir);
        accounts.account(deceased).expectJson(200).expectFields("status", "OPEN", "balance.total", "300.00");
    }

    @Test
    void anHeirsAccountIsOnlyForADeath() {
        String person = opened("BEIJING", "300.00");
        String heir = opened("BEIJING", "50.00");

        http.as(CASEWORKER).post(AccountSteps.accountPath(person) + "/closure", JsonBody.of("reason", "LEFT_CHINA",
                "effectiveOn", "2024-06-10", "heirAccountId", heir))
                .expectProblem(422, "heir-account-on-death-only", "LEFT_CHINA");
        accounts.account(person).expectJson(200).expectField("status", "OPEN");
    }
}
