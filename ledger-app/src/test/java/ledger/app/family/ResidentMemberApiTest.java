package ledger.app.family;

import static ledger.app.accounts.AccountSteps.accountPath;
import static ledger.app.http.LedgerUser.AUDITOR;
import static ledger.app.http.LedgerUser.CASEWORKER;
import static ledger.app.payments.PaymentSteps.allocations;
import static org.assertj.core.api.Assertions.assertThat;

import ledger.app.LedgerApiTest;
import ledger.app.accounts.AccountSteps;
import ledger.app.accounts.AccountToOpen;
import ledger.app.http.HttpAnswer;
import ledger.app.http.JsonBody;
import ledger.app.payments.PaymentSteps;
import ledger.app.payments.PaymentToMake;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Family members of the urban-rural resident scheme (城乡居民医保, 000 Q7, Q10, Q19, Q31; domain-rules
 * §5): registered with {@code memberScheme: RESIDENT}, they hold no account, pay from the family
 * accounts only, and the holder pays their resident-insurance premium.
 */
class ResidentMemberApiTest extends LedgerApiTest {

    private AccountSteps accounts;
    private FamilySteps family;
    private PaymentSteps payments;
    /** 500.00 withdrawable, in Beijing. */
    private String parent;
    /** A child in the resident scheme: no account of his own. */
    private String child;

    @BeforeEach
    void setUp() {
        accounts = new AccountSteps(http);
        family = new FamilySteps(http);
        payments = new PaymentSteps(http);
        parent = accounts.opened(AccountToOpen.of("BEIJING", "EMPLOYEE", "1980-05-20", "2022-01-10")
                .withLegacyWithdrawableBalance("500.00"));
        child = AccountToOpen.newPersonId("resident");
    }

    private HttpAnswer registerResident(String holder, String member, Object... more) {
        Object[] fields = {"memberId", member, "relation", "CHILD", "registeredOn", "2022-10-20",
                "memberScheme", "RESIDENT"};
        Object[] all = new Object[fields.length + more.length];
        System.arraycopy(fields, 0, all, 0, fields.length);
        System.arraycopy(more, 0, all, fields.length, more.length);
        return family.register(holder, JsonBody.of(all));
    }

    /** Issue 13's example: the child pays 200.00 from the parent's account, the parent his 280.00 premium. */
    @Test
    void aResidentChildPaysFromTheParentsAccountAndTheParentPaysHisPremium() {
        registerResident(parent, child).expectJson(201).expectFields("holderId", parent, "memberId", child,
                "memberScheme", "RESIDENT", "registeredOn", "2022-10-20");

        HttpAnswer bill = payments.pay(PaymentToMake.of(child, "200.00").usingFamilyAccounts());
        HttpAnswer premium = payments.pay(PaymentToMake.of(parent, "280.00").withPurpose("RESIDENT_INSURANCE")
                .withBeneficiary(child));

        bill.expectJson(201).expectFields("ownAccountPaid", "0.00", "familyAccountsPaid", "200.00",
                "accountPaid", "200.00", "cashDue", "0.00");
        assertThat(allocations(bill)).containsExactly(parent + " WITHDRAWABLE 200.00");
        premium.expectJson(201).expectFields("ownAccountPaid", "280.00", "cashDue", "0.00");
        accounts.expectBalance(parent, "20.00", "0.00", "20.00");
        family.members(parent).expectJson(200).expectFields("personId", parent,
                "members.0.memberId", child, "members.0.relation", "CHILD", "members.0.memberScheme", "RESIDENT",
                "members.0.registeredOn", "2022-10-20", "members.0.spent", "480.00");
    }

    @Test
    void whatTheFamilyAccountsCannotPayTheResidentMemberPaysInCash() {
        registerResident(parent, child).expectJson(201);

        HttpAnswer bill = payments.pay(PaymentToMake.of(child, "650.00").usingFamilyAccounts());

        bill.expectJson(201).expectFields("ownAccountPaid", "0.00", "familyAccountsPaid", "500.00",
                "cashDue", "150.00");
    }

    @Test
    void theResidentMembersFundingOrderListsOnlyFamilyAccounts() {
        String otherParent = accounts.opened(AccountToOpen.of("BEIJING", "EMPLOYEE", "1978-03-03", "2022-01-10"));
        registerResident(parent, child).expectJson(201);
        registerResident(otherParent, child, "memberRegion", "BEIJING").expectJson(201);

        family.expectFundingOrder(child, parent, otherParent);
        family.changeFundingOrder(child, otherParent, parent).expectJson(200);
        family.expectFundingOrder(child, otherParent, parent);
    }

    @Test
    void aResidentMemberHasNoAccountToShow() {
        registerResident(parent, child).expectJson(201);

        accounts.account(child).expectProblem(404, "unknown-account");
    }

    @Test
    void theListShowsEmployeeMembersTooAndWhatEachSpent() {
        String spouse = accounts.opened(AccountToOpen.of("BEIJING", "EMPLOYEE", "1981-01-01", "2022-01-10"));
        family.registered(parent, spouse, "SPOUSE", "2022-10-16");
        registerResident(parent, child).expectJson(201);
        payments.paid(PaymentToMake.of(spouse, "30.00").usingFamilyAccounts());

        http.as(AUDITOR).get(accountPath(parent) + "/family-members").expectJson(200).expectFields(
                "members.0.memberId", spouse, "members.0.memberScheme", "EMPLOYEE", "members.0.spent", "30.00",
                "members.1.memberId", child, "members.1.memberScheme", "RESIDENT", "members.1.spent", "0.00");
    }

    @Test
    void aRevokedResidentMemberIsNoLongerListedAndNoLongerPaysFromTheAccount() {
        registerResident(parent, child).expectJson(201);
        family.revoke(parent, child).expectStatus(204);

        HttpAnswer bill = payments.pay(PaymentToMake.of(child, "50.00").usingFamilyAccounts());

        bill.expectJson(201).expectFields("accountPaid", "0.00", "cashDue", "50.00");
        family.members(parent).expectJson(200);
        assertThat(family.members(parent).node("members")).isEmpty();
        accounts.expectBalance(parent, "500.00", "0.00", "500.00");
    }

    @Test
    void cannotRegisterTheSameResidentMemberTwice() {
        registerResident(parent, child).expectJson(201);

        registerResident(parent, child).expectProblem(409, "member-already-registered", child);
    }

    @Test
    void cannotRegisterAResidentMemberInsuredInAnotherRegion() {
        registerResident(parent, child, "memberRegion", "SHANGHAI").expectProblem(422, "member-in-other-region",
                child, "SHANGHAI");

        family.fundingOrder(child).expectProblem(404, "unknown-account");
    }

    @Test
    void refusesAResidentMemberOfAnUnknownRegion() {
        registerResident(parent, child, "memberRegion", "ATLANTIS").expectProblem(400, "unknown-region", "ATLANTIS");

        family.fundingOrder(child).expectProblem(404, "unknown-account");
    }

    @Test
    void cannotRegisterARecordedResidentMemberAsAnEmployee() {
        String otherParent = accounts.opened(AccountToOpen.of("BEIJING", "EMPLOYEE", "1978-03-03", "2022-01-10"));
        registerResident(parent, child).expectJson(201);

        family.register(otherParent, child, "CHILD", "2022-10-25").expectProblem(422, "member-scheme-mismatch",
                "memberScheme RESIDENT");

        family.expectFundingOrder(child, parent);
    }

    @Test
    void aResidentMemberIsNeverCredited() {
        registerResident(parent, child).expectJson(201);

        accounts.credit(child, "2022-11", "3000.00", "2022-11-05").expectProblem(404, "unknown-account", child);
    }

    @Test
    void theListOfAnUnknownHolderIsNotFound() {
        family.members("nobody-" + child).expectProblem(404, "unknown-account");
    }

    @Test
    void onlyCaseworkersRegister() {
        http.as(AUDITOR).post(accountPath(parent) + "/family-members", JsonBody.of("memberId", child,
                "relation", "CHILD", "memberScheme", "RESIDENT")).expectStatus(403);

        http.as(CASEWORKER).get(accountPath(parent) + "/family-members").expectJson(200);
        family.fundingOrder(child).expectProblem(404, "unknown-account");
    }
}
