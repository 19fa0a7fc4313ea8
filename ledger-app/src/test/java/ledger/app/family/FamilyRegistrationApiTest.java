package ledger.app.family;

import ledger.app.LedgerApiTest;
import ledger.app.accounts.AccountSteps;
import ledger.app.accounts.AccountToOpen;
import ledger.app.http.HttpAnswer;
import ledger.app.http.JsonBody;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Registering and revoking family members (家庭共济备案, domain-rules §5, 000 Q9-Q10). */
class FamilyRegistrationApiTest extends LedgerApiTest {

    private AccountSteps accounts;
    private FamilySteps family;
    private String holder;
    private String member;

    @BeforeEach
    void setUp() {
        accounts = new AccountSteps(http);
        family = new FamilySteps(http);
        holder = accounts.opened(beijing("holder").withLegacyWithdrawableBalance("500.00"));
        member = accounts.opened(beijing("member").withLegacyWithdrawableBalance("100.00"));
    }

    private static AccountToOpen beijing(String label) {
        return new AccountToOpen(AccountToOpen.newPersonId(label), "BEIJING", "EMPLOYEE", "1980-05-20", "2022-01-10",
                null, null);
    }

    /** Balances as opened, and nobody registered the member. */
    private void expectNothingChanged() {
        accounts.expectBalance(holder, "500.00", "0.00", "500.00");
        accounts.expectBalance(member, "100.00", "0.00", "100.00");
        family.expectFundingOrder(member, member);
        family.expectFundingOrder(holder, holder);
    }

    @Test
    void aHolderRegistersAFamilyMember() {
        HttpAnswer registered = family.register(holder, member, "SPOUSE", "2022-11-02");

        registered.expectJson(201).expectFields(
                "holderId", holder,
                "memberId", member,
                "relation", "SPOUSE",
                "registeredOn", "2022-11-02");
        family.expectFundingOrder(member, member, holder);
        accounts.expectBalance(holder, "500.00", "0.00", "500.00");
        accounts.expectBalance(member, "100.00", "0.00", "100.00");
    }

    @Test
    void registrationOpensOnTheFifteenthOfOctober2022InBeijing() {
        family.register(holder, member, "CHILD", "2022-10-15").expectJson(201);

        family.expectFundingOrder(member, member, holder);
    }

    @Test
    void cannotRegisterBeforeRegistrationOpens() {
        HttpAnswer refused = family.register(holder, member, "CHILD", "2022-10-14");

        refused.expectProblem(422, "family-registration-not-open", "2022-10-15", "2022-10-14");
        expectNothingChanged();
    }

    @Test
    void cannotRegisterAPersonWithoutAnAccount() {
        String uninsured = AccountToOpen.newPersonId("uninsured");

        HttpAnswer refused = family.register(holder, uninsured, "PARENT", "2022-11-02");

        refused.expectProblem(422, "member-not-insured", uninsured, "no employee medical-insurance account");
        accounts.expectNoAccount(uninsured);
        expectNothingChanged();
    }

    @Test
    void cannotRegisterAMemberInsuredInAnotherRegion() {
        String shanghai = accounts.opened(AccountToOpen.of("SHANGHAI", "EMPLOYEE", "1982-07-01", "2022-01-10")
                .withLegacyWithdrawableBalance("80.00"));

        HttpAnswer refused = family.register(holder, shanghai, "SPOUSE", "2023-08-01");

        refused.expectProblem(422, "member-in-other-region", shanghai, "SHANGHAI", "BEIJING");
        family.expectFundingOrder(shanghai, shanghai);
        expectNothingChanged();
        accounts.expectBalance(shanghai, "80.00", "0.00", "80.00");
    }

    @Test
    void cannotRegisterTheSameMemberTwice() {
        family.registered(holder, member, "SPOUSE", "2022-11-02");

        HttpAnswer refused = family.register(holder, member, "SPOUSE", "2022-11-03");

        refused.expectProblem(409, "member-already-registered", member, "already registered");
        family.expectFundingOrder(member, member, holder);
        accounts.expectBalance(holder, "500.00", "0.00", "500.00");
        accounts.expectBalance(member, "100.00", "0.00", "100.00");
    }

    @Test
    void cannotRegisterOneself() {
        HttpAnswer refused = family.register(holder, holder, "SPOUSE", "2022-11-02");

        refused.expectProblem(400, "self-registration", "himself");
        expectNothingChanged();
    }

    @Test
    void cannotRegisterWithAnUnknownRelation() {
        HttpAnswer refused = family.register(holder, member, "COUSIN", "2022-11-02");

        refused.expectProblem(400, "malformed-request", "relation", "COUSIN");
        expectNothingChanged();
    }

    @Test
    void cannotRegisterWithoutAMemberId() {
        HttpAnswer refused = family.register(holder, JsonBody.of("relation", "SPOUSE", "registeredOn", "2022-11-02"));

        refused.expectProblem(400, "invalid-request", "memberId");
        expectNothingChanged();
    }

    @Test
    void cannotRegisterForAnUnknownHolder() {
        String nobody = AccountToOpen.newPersonId("nobody");

        HttpAnswer refused = family.register(nobody, member, "SPOUSE", "2022-11-02");

        refused.expectProblem(404, "unknown-account", nobody);
        expectNothingChanged();
    }

    @Test
    void revokingARegistrationTakesTheHolderOutOfTheFundingOrder() {
        String secondHolder = accounts.opened(beijing("second"));
        family.registered(holder, member, "SPOUSE", "2022-11-02");
        family.registered(secondHolder, member, "CHILD", "2022-11-05");

        HttpAnswer revoked = family.revoke(holder, member);

        revoked.expectStatus(204);
        family.expectFundingOrder(member, member, secondHolder);
        accounts.expectBalance(holder, "500.00", "0.00", "500.00");
        accounts.expectBalance(member, "100.00", "0.00", "100.00");
    }

    @Test
    void aRevokedMemberCanBeRegisteredAgainAndJoinsTheEndOfTheOrder() {
        String secondHolder = accounts.opened(beijing("second"));
        family.registered(holder, member, "SPOUSE", "2022-11-02");
        family.registered(secondHolder, member, "CHILD", "2022-11-05");
        family.revoke(holder, member).expectStatus(204);

        family.register(holder, member, "SPOUSE", "2023-01-10").expectJson(201);

        family.expectFundingOrder(member, member, secondHolder, holder);
    }

    @Test
    void cannotRevokeSomeoneWhoIsNotAMember() {
        String stranger = accounts.opened(beijing("stranger"));

        HttpAnswer refused = family.revoke(holder, stranger);

        refused.expectProblem(404, "unknown-family-member", stranger, "not a registered family member");
        family.expectFundingOrder(stranger, stranger);
        expectNothingChanged();
    }

    @Test
    void cannotRevokeTheSameRegistrationTwice() {
        family.registered(holder, member, "SPOUSE", "2022-11-02");
        family.revoke(holder, member).expectStatus(204);

        HttpAnswer refused = family.revoke(holder, member);

        refused.expectProblem(404, "unknown-family-member", member);
        expectNothingChanged();
    }

    /** One account holds at most 32 family members (FamilyTies.MAX_TIES). */
    @Test
    void refusesAThirtyThirdFamilyMember() {
        for (int i = 1; i <= 32; i++) {
            family.registered(holder, accounts.opened(beijing("member" + i)), "CHILD", "2022-10-15");
        }
        String thirtyThird = accounts.opened(beijing("member33"));

        family.register(holder, thirtyThird, "CHILD", "2022-10-15")
                .expectProblem(422, "too-many-family-members", holder, "32");

        family.fundingOrder(thirtyThird).expectJson(200).expectField("accounts.0", thirtyThird);
        family.fundingOrder(thirtyThird).expectNoField("accounts.1");
    }
}
