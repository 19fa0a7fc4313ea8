package ledger.app.console;

import static ledger.app.http.LedgerUser.CASEWORKER;
import static org.assertj.core.api.Assertions.assertThat;

import ledger.app.accounts.AccountToOpen;
import ledger.app.family.FamilySteps;
import ledger.app.http.JsonBody;
import ledger.app.payments.PaymentSteps;
import ledger.app.payments.PaymentToMake;
import org.junit.jupiter.api.Test;

/** The caseworker's other forms: closure with its preview, the card PIN, a payment (docs/console.md). */
class CaseworkerFormsConsoleTest extends ConsoleBrowserTest {

    private String beijingWithACredit(String label) {
        String person = accounts.opened(new AccountToOpen(AccountToOpen.newPersonId(label), "BEIJING", "EMPLOYEE",
                "1980-05-20", "2022-01-10", null, "500.00"));
        accounts.credited(person, "2024-01", "12345.67", "2024-01-05");
        return person;
    }

    @Test
    void aClosureIsPreviewedByTheAccountsOwnRulesChangingNothingUntilConfirmed() {
        String person = beijingWithACredit("cw-close");
        browser.signIn(CASEWORKER).go("/console/accounts/" + person);
        browser.type("#closure [name=effectiveOn]", "2023-12-31").click("#closure-preview");

        assertThat(browser.text("#recovered")).isEqualTo("246.91");
        assertThat(browser.text("#paid-out")).isEqualTo("500.00");
        accounts.account(person).expectJson(200).expectFields("status", "OPEN", "balance.total", "746.91");
        browser.screenshot("caseworker-closure-preview");

        browser.click("#confirm-closure");

        assertThat(browser.text("#closed")).isEqualTo("账户已销户，清算结果如下。");
        assertThat(browser.text("#recovered")).isEqualTo("246.91");
        assertThat(browser.text("#paid-out")).isEqualTo("500.00");
        accounts.account(person).expectJson(200).expectFields("status", "CLOSED", "balance.total", "0.00");
    }

    @Test
    void aPinIsSetWithoutEverBeingShownAndAMalformedOneIsRefused() {
        String person = beijingWithACredit("cw-pin");
        browser.signIn(CASEWORKER).go("/console/accounts/" + person);

        browser.type("#card-pin [name=pin]", "12ab").click("#set-pin");
        assertThat(browser.text("#pin-problem")).isEqualTo("密码须为 6 位数字。");
        assertThat(browser.find("#card-pin [name=pin]").getAttribute("value")).isEmpty();

        browser.type("#card-pin [name=pin]", "135790").click("#set-pin");
        assertThat(browser.text("#done")).isEqualTo("密码已设置。");
        assertThat(browser.pageSource()).doesNotContain("135790");
        browser.type("#card-pin [name=amount]", "200.00").click("#set-limit");
        assertThat(browser.text("#done")).isEqualTo("免密额度已保存。");
        browser.click("#unlock-pin");
        assertThat(browser.text("#done")).isEqualTo("密码已解锁。");
    }

    @Test
    void aRetirementIsRecorded() {
        String person = beijingWithACredit("cw-retire");
        browser.signIn(CASEWORKER).go("/console/accounts/" + person);

        browser.type("#retirement [name=retiredOn]", "2024-06-30").click("#record-retirement");

        assertThat(browser.text("#done")).isEqualTo("已登记退休。");
        assertThat(browser.text("#retired-on")).isEqualTo("2024-06-30");
        assertThat(browser.text("#category")).isEqualTo("退休人员");
    }

    @Test
    void aTransferInFromAnotherRegionIsRecordedAndOneFromTheSameRegionRefused() {
        String person = beijingWithACredit("cw-transfer");
        browser.signIn(CASEWORKER).go("/console/accounts/" + person);

        browser.type("#transfer [name=transferId]", "t-" + person).type("#transfer [name=fromRegion]", "BEIJING")
                .type("#transfer [name=amount]", "80.00").click("#record-transfer");
        assertThat(browser.text("#transfer-problem")).isEqualTo("转入须来自其他统筹区。");
        assertThat(browser.find("#transfer [name=amount]").getAttribute("value")).isEqualTo("80.00");

        browser.type("#transfer [name=fromRegion]", "SHANGHAI").click("#record-transfer");

        assertThat(browser.text("#done")).isEqualTo("已登记转入。");
        assertThat(browser.text("#earmarked")).isEqualTo("326.91");
        assertThat(browser.pageText()).contains("转移转入", "107");
    }

    @Test
    void aMemberWithAnAccountRegisteredAsResidentIsRefusedOnTheFormKeepingWhatWasTyped() {
        String holder = beijingWithACredit("cw-mismatch");
        String member = beijingWithACredit("cw-employee");
        browser.signIn(CASEWORKER).go("/console/accounts/" + holder).type("#register-form [name=memberId]", member);
        browser.find("#register-form [name=memberScheme] [value=RESIDENT]").click();
        browser.find("#register-form [name=memberRegion] [value=BEIJING]").click();

        browser.type("#register-form [name=registeredOn]", "2024/3/1").click("#register");

        assertThat(browser.text("#family-problem")).isEqualTo(
                "参保类别与台账记录不符：持有个人账户的成员请选择“职工医保”，已登记的居民医保成员请选择“城乡居民医保”。");
        assertThat(browser.find("#register-form [name=memberId]").getAttribute("value")).isEqualTo(member);
        assertThat(browser.find("#register-form [name=registeredOn]").getAttribute("value")).isEqualTo("2024/3/1");
        assertThat(browser.find("#register-form [name=memberScheme] [value=RESIDENT]").isSelected()).isTrue();
        assertThat(browser.find("#register-form [name=memberRegion] [value=BEIJING]").isSelected()).isTrue();
        assertThat(new FamilySteps(http).members(holder).expectJson(200).node("members").isEmpty()).isTrue();
    }

    @Test
    void aCaseworkerRevokesAnEmployeeMemberAndAResidentMember() {
        String holder = beijingWithACredit("cw-revoke");
        String employee = beijingWithACredit("cw-spouse");
        String resident = AccountToOpen.newPersonId("cw-resident");
        FamilySteps family = new FamilySteps(http);
        family.registered(holder, employee, "SPOUSE", "2024-03-01");
        family.register(holder, JsonBody.of("memberId", resident, "relation", "PARENT", "memberScheme", "RESIDENT"))
                .expectJson(201);
        browser.signIn(CASEWORKER).go("/console/accounts/" + holder);
        assertThat(browser.text("#registered")).contains("职工医保", "城乡居民医保", "配偶", "父母");

        browser.click("#registered .revoke");
        assertThat(browser.text("#done")).isEqualTo("已撤销备案。");
        browser.click("#registered .revoke");

        assertThat(browser.text("#done")).isEqualTo("已撤销备案。");
        assertThat(browser.has("#registered")).isFalse();
        browser.go("/console/accounts").type("#q", resident).click("#find");
        assertThat(browser.path()).isEqualTo("/console/accounts/" + resident);
        assertThat(browser.text("#funding-order")).isEqualTo("无。");
    }

    @Test
    void aCaseworkerSeesAPaymentWithItsAllocationsAndRefunds() {
        String person = beijingWithACredit("cw-payment");
        PaymentSteps payments = new PaymentSteps(http);
        PaymentToMake payment = PaymentToMake.of(person, "120.00").withOccurredAt("2024-02-01T10:00:00+08:00");
        payments.paid(payment);
        payments.refund(payment.paymentId(), "refund-" + payment.paymentId(), "20.00").expectJson(201);

        browser.signIn(CASEWORKER).type("#payment-id", payment.paymentId()).click("#payment-find");

        assertThat(browser.text("#payment")).isEqualTo(payment.paymentId());
        assertThat(browser.text("#allocations")).contains(person, "120.00");
        assertThat(browser.text("#refunds")).contains("refund-" + payment.paymentId(), "20.00");
        browser.screenshot("caseworker-payment");
    }
}
