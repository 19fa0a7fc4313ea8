package ledger.app.regions;

import ledger.app.LedgerApiTest;
import ledger.app.accounts.AccountSteps;
import ledger.app.accounts.AccountToOpen;
import ledger.app.family.FamilySteps;
import ledger.app.http.HttpAnswer;
import ledger.app.payments.PaymentSteps;
import ledger.app.payments.PaymentToMake;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Yuxi (玉溪) over HTTP: the sixth region's rules as shipped data (002 玉). */
class YuxiApiTest extends LedgerApiTest {

    private AccountSteps accounts;
    private FamilySteps family;

    @BeforeEach
    void setUp() {
        accounts = new AccountSteps(http);
        family = new FamilySteps(http);
    }

    /** 第十五条: 2% of 6,000.00 = 120.00, earmarked from the 2023-01-01 cutover (第三十一条). */
    @Test
    void aYuxiEmployeeIsCreditedTwoPercentOfHisBase() {
        String person = accounts.opened(AccountToOpen.of("YUXI", "EMPLOYEE", "1985-05-05", "2021-03-01"));

        HttpAnswer credited = accounts.credit(person, "2024-03", "6000.00", "2024-03-05");

        credited.expectJson(201).expectFields("period", "2024-03", "amount", "120.00", "pot", "EARMARKED",
                "rule", "YUXI-ACTIVE-2PCT");
    }

    @Test
    void aYuxiCreditAllocatedBeforeTheCutoverStaysWithdrawable() {
        String person = accounts.opened(AccountToOpen.of("YUXI", "FLEXIBLE_EMPLOYEE", "1985-05-05", "2021-03-01"));

        HttpAnswer credited = accounts.credit(person, "2022-12", "6000.00", "2022-12-31");

        credited.expectJson(201).expectFields("amount", "120.00", "pot", "WITHDRAWABLE");
    }

    @Test
    void aYuxiHolderRegistersAFamilyMemberFrom2023() {
        String holder = accounts.opened(AccountToOpen.of("YUXI", "EMPLOYEE", "1985-05-05", "2021-03-01"));
        String son = accounts.opened(AccountToOpen.of("YUXI", "EMPLOYEE", "2004-01-01", "2021-03-01"));

        family.register(holder, son, "CHILD", "2022-12-31")
                .expectProblem(422, "family-registration-not-open", "2023-01-01");
        family.register(holder, son, "CHILD", "2023-01-01").expectJson(201);
    }

    /** 第十六条: 配偶、父母、子女范围仅限在云南省参保人员. */
    @Test
    void aYuxiHolderCannotRegisterAMemberInsuredOutsideYunnan() {
        String holder = accounts.opened(AccountToOpen.of("YUXI", "EMPLOYEE", "1985-05-05", "2021-03-01"));
        String wife = accounts.opened(AccountToOpen.of("BEIJING", "EMPLOYEE", "1986-06-06", "2021-03-01"));

        HttpAnswer refused = family.register(holder, wife, "SPOUSE", "2023-02-01");

        refused.expectProblem(422, "member-in-other-region", "BEIJING", "云南省");
        family.expectFundingOrder(wife, wife);
    }

    /** 第十九条: the son pays his bill with his father's credential; the father's account pays, the son the rest. */
    @Test
    void aYuxiMemberPaysWithTheHoldersCredentialFromTheHoldersAccount() {
        String father = accounts.opened(AccountToOpen.of("YUXI", "EMPLOYEE", "1985-05-05", "2021-03-01"));
        String son = accounts.opened(AccountToOpen.of("YUXI", "EMPLOYEE", "2004-01-01", "2021-03-01"));
        accounts.credit(father, "2024-03", "6000.00", "2024-03-05").expectJson(201);
        family.registered(father, son, "CHILD", "2023-01-01");

        HttpAnswer bill = new PaymentSteps(http).pay(PaymentToMake.of(father, "150.00").withBeneficiary(son)
                .withOccurredAt("2024-04-01T10:00:00+08:00"));

        bill.expectJson(201).expectFields("accountPaid", "120.00", "cashDue", "30.00");
        accounts.expectBalance(father, "0.00", "0.00", "0.00");
        family.members(father).expectJson(200).expectFields("members.0.memberId", son, "members.0.spent", "120.00");
    }
}
