package ledger.app.accounts;

import static ledger.app.http.LedgerUser.CASEWORKER;

import ledger.app.http.HttpAnswer;
import ledger.app.http.JsonBody;
import ledger.app.http.LedgerHttp;

/**
 * The caseworker's account requests in the words of the API contract. {@code opened}/{@code credited}
 * are givens that must succeed; the other requests hand back the answer for the test to judge.
 */
public final class AccountSteps {

    public static final String ACCOUNTS = "/api/v1/accounts";

    private final LedgerHttp http;

    public AccountSteps(LedgerHttp http) {
        this.http = http;
    }

    public static String accountPath(String personId) {
        return ACCOUNTS + "/" + personId;
    }

    public String opened(AccountToOpen account) {
        open(account).expectJson(201);
        return account.personId();
    }

    public void credited(String personId, String period, String contributionBase, String creditedOn) {
        credit(personId, period, contributionBase, creditedOn).expectJson(201);
    }

    public HttpAnswer open(Object body) {
        return http.as(CASEWORKER).post(ACCOUNTS, body);
    }

    public HttpAnswer account(String personId) {
        return http.as(CASEWORKER).get(accountPath(personId));
    }

    public HttpAnswer credit(String personId, String period, String contributionBase, String creditedOn) {
        return credit(personId, JsonBody.of("period", period, "contributionBase", contributionBase,
                "creditedOn", creditedOn));
    }

    public HttpAnswer credit(String personId, Object body) {
        return http.as(CASEWORKER).post(accountPath(personId) + "/credits", body);
    }

    public HttpAnswer retire(String personId, String retiredOn) {
        return http.as(CASEWORKER).post(accountPath(personId) + "/retirement", JsonBody.of("retiredOn", retiredOn));
    }

    public HttpAnswer withdraw(String personId, String withdrawalId, String amount, String occurredOn) {
        return withdraw(personId, JsonBody.of("withdrawalId", withdrawalId, "amount", amount,
                "occurredOn", occurredOn));
    }

    public HttpAnswer withdraw(String personId, Object body) {
        return http.as(CASEWORKER).post(accountPath(personId) + "/withdrawals", body);
    }

    /** {@code query} is appended as given, e.g. {@code "?from=2024-03-01"} or {@code ""}. */
    public HttpAnswer statement(String personId, String query) {
        return http.as(CASEWORKER).get(accountPath(personId) + "/statement" + query);
    }

    /** The account's balance, exactly, in all three fields. */
    public void expectBalance(String personId, String withdrawable, String earmarked, String total) {
        account(personId).expectJson(200).expectFields(
                "balance.withdrawable", withdrawable,
                "balance.earmarked", earmarked,
                "balance.total", total);
    }

    /** Nothing was opened for this person. */
    public void expectNoAccount(String personId) {
        account(personId).expectProblem(404, "unknown-account", personId);
    }

    public HttpAnswer payInterest(String personId, String quarter) {
        return http.as(CASEWORKER).post(accountPath(personId) + "/interest", JsonBody.of("quarter", quarter));
    }

    /** {@code payee} may be null: the ledger then names the payee by the reason. */
    public HttpAnswer close(String personId, String reason, String effectiveOn, String payee) {
        return http.as(CASEWORKER).post(accountPath(personId) + "/closure",
                JsonBody.of("reason", reason, "effectiveOn", effectiveOn, "payee", payee));
    }

    public HttpAnswer transferIn(String personId, String transferId, String fromRegion, String amount) {
        return transferIn(personId, JsonBody.of("transferId", transferId, "fromRegion", fromRegion, "amount", amount));
    }

    public HttpAnswer transferIn(String personId, Object body) {
        return http.as(CASEWORKER).post(accountPath(personId) + "/transfers-in", body);
    }
}
