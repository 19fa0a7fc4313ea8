package ledger.app.family;

import static ledger.app.accounts.AccountSteps.accountPath;
import static ledger.app.http.LedgerUser.CASEWORKER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import ledger.app.http.HttpAnswer;
import ledger.app.http.JsonBody;
import ledger.app.http.LedgerHttp;

/**
 * The caseworker's family mutual-aid requests (家庭共济备案) in the words of the API contract.
 * {@code registered} is a given that must succeed; the other requests hand back the answer.
 */
public final class FamilySteps {

    private final LedgerHttp http;

    public FamilySteps(LedgerHttp http) {
        this.http = http;
    }

    /** The holder lets the member use his account; must succeed. */
    public void registered(String holderId, String memberId, String relation, String registeredOn) {
        register(holderId, memberId, relation, registeredOn).expectJson(201);
    }

    public HttpAnswer register(String holderId, String memberId, String relation, String registeredOn) {
        return register(holderId, JsonBody.of("memberId", memberId, "relation", relation,
                "registeredOn", registeredOn));
    }

    public HttpAnswer register(String holderId, Object body) {
        return http.as(CASEWORKER).post(accountPath(holderId) + "/family-members", body);
    }

    public HttpAnswer revoke(String holderId, String memberId) {
        return http.as(CASEWORKER).delete(accountPath(holderId) + "/family-members/" + memberId);
    }

    /** Whom the holder registered and what each spent from his account. */
    public HttpAnswer members(String holderId) {
        return http.as(CASEWORKER).get(accountPath(holderId) + "/family-members");
    }

    public HttpAnswer fundingOrder(String memberId) {
        return http.as(CASEWORKER).get(accountPath(memberId) + "/funding-order");
    }

    /** Lists the family accounts only: the own account always comes first and is not listed. */
    public HttpAnswer changeFundingOrder(String memberId, String... familyAccounts) {
        return changeFundingOrder(memberId, JsonBody.of("accounts", List.of(familyAccounts)));
    }

    public HttpAnswer changeFundingOrder(String memberId, Object body) {
        return http.as(CASEWORKER).put(accountPath(memberId) + "/funding-order", body);
    }

    /** The funding order as the API reads it, own account first. */
    public void expectFundingOrder(String memberId, String... accountsOwnFirst) {
        HttpAnswer order = fundingOrder(memberId).expectJson(200).expectField("memberId", memberId);
        assertThat(accounts(order)).as("funding order of %s", memberId).containsExactly(accountsOwnFirst);
    }

    public static List<String> accounts(HttpAnswer fundingOrder) {
        List<String> accounts = new ArrayList<>();
        for (JsonNode account : fundingOrder.node("accounts")) {
            accounts.add(account.asText());
        }
        return accounts;
    }
}
