package ledger.app.family;

import static ledger.app.http.LedgerUser.AUDITOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import ledger.app.LedgerApiTest;
import ledger.app.accounts.AccountSteps;
import ledger.app.accounts.AccountToOpen;
import ledger.app.http.HttpAnswer;
import ledger.app.http.JsonBody;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A member's accounts are drawn own account first, then the accounts of those who registered him in
 * registration order (按备案顺序, 000 Q10); the member may change that order (000 Q27).
 */
class FundingOrderApiTest extends LedgerApiTest {

    private AccountSteps accounts;
    private FamilySteps family;
    private String member;
    private String spouse;
    private String parent;
    private String child;

    @BeforeEach
    void setUp() {
        accounts = new AccountSteps(http);
        family = new FamilySteps(http);
        member = accounts.opened(beijing("member"));
        spouse = accounts.opened(beijing("spouse"));
        parent = accounts.opened(beijing("parent"));
        child = accounts.opened(beijing("child"));
        family.registered(spouse, member, "SPOUSE", "2022-10-15");
        family.registered(parent, member, "CHILD", "2022-10-20");
        family.registered(child, member, "PARENT", "2022-11-01");
    }

    private static AccountToOpen beijing(String label) {
        return new AccountToOpen(AccountToOpen.newPersonId(label), "BEIJING", "EMPLOYEE", "1980-05-20", "2022-01-10",
                null, "10.00");
    }

    /** The order as registered, and no balance moved. */
    private void expectOrderUnchanged() {
        family.expectFundingOrder(member, member, spouse, parent, child);
        for (String account : List.of(member, spouse, parent, child)) {
            accounts.expectBalance(account, "10.00", "0.00", "10.00");
        }
    }

    @Test
    void theOwnAccountComesFirstThenTheRegistrantsInRegistrationOrder() {
        HttpAnswer order = family.fundingOrder(member);

        order.expectJson(200).expectField("memberId", member);
        assertThat(FamilySteps.accounts(order)).containsExactly(member, spouse, parent, child);
    }

    @Test
    void anAuditorMayReadTheFundingOrder() {
        http.as(AUDITOR).get(AccountSteps.accountPath(member) + "/funding-order").expectJson(200)
                .expectField("accounts.0", member);
    }

    @Test
    void aPersonNobodyRegisteredHasOnlyHisOwnAccount() {
        family.expectFundingOrder(spouse, spouse);
    }

    @Test
    void theMemberMayReorderTheFamilyAccounts() {
        HttpAnswer changed = family.changeFundingOrder(member, child, spouse, parent);

        changed.expectJson(200).expectFields(
                "memberId", member,
                "accounts.0", member,
                "accounts.1", child,
                "accounts.2", spouse,
                "accounts.3", parent);
        family.expectFundingOrder(member, member, child, spouse, parent);
    }

    @Test
    void aRegistrationAfterAReorderJoinsTheEnd() {
        String sibling = accounts.opened(beijing("sibling"));
        family.changeFundingOrder(member, parent, child, spouse).expectJson(200);

        family.registered(sibling, member, "PARENT", "2023-02-01");

        family.expectFundingOrder(member, member, parent, child, spouse, sibling);
    }

    @Test
    void aRevocationKeepsTheOrderOfTheOthers() {
        family.changeFundingOrder(member, child, spouse, parent).expectJson(200);

        family.revoke(spouse, member).expectStatus(204);

        family.expectFundingOrder(member, member, child, parent);
    }

    @Test
    void cannotPutAnAccountThatDidNotRegisterTheMember() {
        String stranger = accounts.opened(beijing("stranger"));

        HttpAnswer refused = family.changeFundingOrder(member, child, spouse, stranger);

        refused.expectProblem(422, "not-a-permutation", stranger, "exactly the accounts that registered it");
        expectOrderUnchanged();
    }

    @Test
    void cannotLeaveOutARegisteredAccount() {
        HttpAnswer refused = family.changeFundingOrder(member, child, spouse);

        refused.expectProblem(422, "not-a-permutation", "exactly the accounts that registered it", parent);
        expectOrderUnchanged();
    }

    @Test
    void cannotListAnAccountTwice() {
        HttpAnswer refused = family.changeFundingOrder(member, child, spouse, parent, child);

        refused.expectProblem(422, "not-a-permutation", "each once");
        expectOrderUnchanged();
    }

    @Test
    void cannotListTheOwnAccount() {
        HttpAnswer refused = family.changeFundingOrder(member, member, child, spouse, parent);

        refused.expectProblem(422, "not-a-permutation", member);
        expectOrderUnchanged();
    }

    @Test
    void cannotReplaceARegisteredAccountByTheOwnOne() {
        HttpAnswer refused = family.changeFundingOrder(member, member, spouse, parent);

        refused.expectProblem(422, "not-a-permutation", "exactly the accounts that registered it");
        expectOrderUnchanged();
    }

    @Test
    void cannotChangeTheOrderWithoutAList() {
        HttpAnswer refused = family.changeFundingOrder(member, JsonBody.of("accounts", null));

        refused.expectProblem(400, "invalid-request", "accounts");
        expectOrderUnchanged();
    }

    @Test
    void cannotChangeTheOrderWithABlankAccount() {
        HttpAnswer refused = family.changeFundingOrder(member, JsonBody.of("accounts", List.of(spouse, " ", child)));

        refused.expectProblem(400, "invalid-request", "accounts");
        expectOrderUnchanged();
    }

    @Test
    void theFundingOrderOfAnUnknownPersonIsNotFound() {
        String nobody = AccountToOpen.newPersonId("nobody");

        family.fundingOrder(nobody).expectProblem(404, "unknown-account", nobody);
        family.changeFundingOrder(nobody).expectProblem(404, "unknown-account", nobody);
    }
}
