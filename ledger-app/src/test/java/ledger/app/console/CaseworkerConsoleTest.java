package ledger.app.console;

import static ledger.app.http.LedgerUser.CASEWORKER;
import static org.assertj.core.api.Assertions.assertThat;

import ledger.app.accounts.AccountToOpen;
import ledger.app.family.FamilySteps;
import ledger.app.payments.PaymentSteps;
import ledger.app.payments.PaymentToMake;
import org.junit.jupiter.api.Test;

/** A caseworker at the counter, in the browser (docs/console.md). */
class CaseworkerConsoleTest extends ConsoleBrowserTest {

    private static AccountToOpen beijing(String label, String legacy) {
        return new AccountToOpen(AccountToOpen.newPersonId(label), "BEIJING", "EMPLOYEE", "1980-05-20", "2022-01-10",
                null, legacy);
    }

    @Test
    void aCaseworkerSignsInFindsAnAccountAndSeesItsPotsAndEntries() {
        String holder = accounts.opened(beijing("cw-glance", "500.00"));
        accounts.credited(holder, "2024-01", "12345.67", "2024-01-05");

        browser.signIn(CASEWORKER);
        assertThat(browser.path()).isEqualTo("/console/accounts");
        assertThat(browser.text("#signed-in-as")).contains("caseworker");
        browser.screenshot("caseworker-search");

        browser.type("#q", holder.substring(0, 12)).click("#find");
        assertThat(browser.text("#found")).contains(holder);
        browser.go("/console/accounts/" + holder);

        assertThat(browser.text("#withdrawable")).isEqualTo("500.00");
        assertThat(browser.text("#earmarked")).isEqualTo("246.91");
        assertThat(browser.text("#total")).isEqualTo("746.91");
        assertThat(browser.text("#region")).isEqualTo("北京");
        assertThat(browser.pageText()).contains("可自由支取", "记账管理", "月度划入", "101");
        browser.screenshot("caseworker-account");

        browser.click("#statement-link").type("#from", "2024-01-01").type("#to", "2024-12-31").click("#filter");
        assertThat(browser.text("#statement-size")).startsWith("共 1 条");
        assertThat(browser.pageText()).contains("246.91").doesNotContain("原账户余额结转");
        browser.screenshot("caseworker-statement");
    }

    @Test
    void aCaseworkerOpensAnAccountAndCannotOpenItTwice() {
        String person = AccountToOpen.newPersonId("cw-open");
        browser.signIn(CASEWORKER);
        fillOpening(person);
        browser.click("#open-account");

        assertThat(browser.path()).isEqualTo("/console/accounts/" + person);
        assertThat(browser.text("#region")).isEqualTo("武汉");
        assertThat(browser.text("#withdrawable")).isEqualTo("1,234.50");

        browser.go("/console/accounts");
        fillOpening(person);
        browser.click("#open-account");
        assertThat(browser.text("#open-problem")).isEqualTo("此人已有个人账户，每人只开户一次。");
        assertThat(browser.find("#open-form [name=personId]").getAttribute("value")).isEqualTo(person);
    }

    private void fillOpening(String person) {
        browser.type("#open-form [name=personId]", person);
        browser.find("#open-form [name=region] [value=WUHAN]").click();
        browser.type("#open-form [name=birthDate]", "1985/3/7").type("#open-form [name=openedOn]", "2023年1月1日")
                .type("#open-form [name=legacyWithdrawableBalance]", "1234.50");
    }

    @Test
    void aLongStatementIsPagedThroughAndAMistypedDateIsRefusedOnTheFilter() {
        String person = accounts.opened(beijing("cw-long", "100.00"));
        for (int i = 0; i < 55; i++) {
            accounts.withdraw(person, "w-" + i + "-" + person, "0.01", "2023-03-01").expectJson(201);
        }
        browser.signIn(CASEWORKER).go("/console/accounts/" + person + "/statement");
        assertThat(browser.text("#statement-size")).isEqualTo("共 56 条，第 1 / 2 页");

        browser.click("#next-page");

        assertThat(browser.text("#statement-size")).isEqualTo("共 56 条，第 2 / 2 页");
        assertThat(browser.has("#next-page")).isFalse();
        browser.type("#from", "2023-02-30").click("#filter");
        assertThat(browser.text("#filter-problem")).isEqualTo("日期有误或写法不对：请写作 2024-03-15、2024/3/15 或 2024年3月15日。");
        assertThat(browser.find("#from").getAttribute("value")).isEqualTo("2023-02-30");
    }

    @Test
    void aCaseworkerRegistersFamilyMembersAndReordersTheFundingOrder() {
        String first = accounts.opened(beijing("cw-first", "300.00"));
        String second = accounts.opened(beijing("cw-second", "200.00"));
        String member = accounts.opened(beijing("cw-member", "50.00"));
        browser.signIn(CASEWORKER);

        for (String holder : new String[] {first, second}) {
            browser.go("/console/accounts/" + holder).type("#register-form [name=memberId]", member).click("#register");
            assertThat(browser.text("#done")).isEqualTo("已备案家庭成员。");
            assertThat(browser.text("#registered")).contains(member);
        }
        browser.go("/console/accounts/" + member);
        assertThat(browser.text("#funding-order")).containsSubsequence(member, first, second);

        browser.click("#funding-order .raise");

        assertThat(browser.text("#done")).isEqualTo("已调整扣款顺序。");
        assertThat(browser.text("#funding-order")).containsSubsequence(member, second, first);
        browser.screenshot("caseworker-family");
    }

    /** Issue 14's flow: opens an account, credits it, registers a resident-scheme child, reorders his funding order. */
    @Test
    void aCaseworkerOpensAnAccountCreditsItRegistersAResidentSchemeChildAndReordersTheFundingOrder() {
        String father = AccountToOpen.newPersonId("cw-father");
        String mother = accounts.opened(beijing("cw-mother", "100.00"));
        String child = AccountToOpen.newPersonId("cw-child");
        browser.signIn(CASEWORKER).type("#open-form [name=personId]", father);
        browser.find("#open-form [name=region] [value=BEIJING]").click();
        browser.type("#open-form [name=birthDate]", "1980-05-20").type("#open-form [name=openedOn]", "2022-01-10")
                .type("#open-form [name=legacyWithdrawableBalance]", "500.00").click("#open-account");
        browser.type("#credit-form [name=period]", "2024-01").type("#credit-form [name=contributionBase]", "12345.67")
                .type("#credit-form [name=creditedOn]", "2024-01-05").click("#post-credit");

        assertThat(browser.text("#done")).isEqualTo("已划入。");
        assertThat(browser.text("#earmarked")).isEqualTo("246.91");
        assertThat(browser.text("#total")).isEqualTo("746.91");
        for (String holder : new String[] {father, mother}) {
            registerResidentChild(holder, child);
            assertThat(browser.text("#done")).isEqualTo("已备案家庭成员。");
        }
        new PaymentSteps(http).paid(PaymentToMake.of(child, "200.00").usingFamilyAccounts()
                .withOccurredAt("2024-03-02T10:00:00+08:00"));
        browser.go("/console/accounts/" + father);
        assertThat(browser.text("#registered")).contains(child, "子女", "城乡居民医保", "2024-03-01");
        assertThat(browser.text("#registered .spent")).isEqualTo("200.00");
        browser.screenshot("caseworker-family-members");
        browser.click("#registered a");

        assertThat(browser.path()).isEqualTo("/console/accounts/" + child);
        assertThat(browser.text("#scheme")).isEqualTo("城乡居民医保");
        assertThat(browser.text("#resident-scheme")).contains("没有个人账户");
        assertThat(browser.has("#withdrawable") || browser.has("#credit-form") || browser.has("#closure")).isFalse();
        assertThat(browser.text("#funding-order")).containsSubsequence(father, mother).doesNotContain("本人账户");
        browser.click("#funding-order .raise");

        assertThat(browser.text("#done")).isEqualTo("已调整扣款顺序。");
        assertThat(browser.text("#funding-order")).containsSubsequence(mother, father);
        new FamilySteps(http).fundingOrder(child).expectJson(200).expectFields("accounts.0", mother, "accounts.1", father);
        browser.screenshot("caseworker-resident");
    }

    private void registerResidentChild(String holder, String child) {
        browser.go("/console/accounts/" + holder).type("#register-form [name=memberId]", child);
        browser.find("#register-form [name=relation] [value=CHILD]").click();
        browser.find("#register-form [name=memberScheme] [value=RESIDENT]").click();
        browser.type("#register-form [name=registeredOn]", "2024-03-01").click("#register");
    }

    @Test
    void aRefusedFormSaysWhyAndKeepsWhatWasTyped() {
        String holder = accounts.opened(beijing("cw-refused", "100.00"));
        browser.signIn(CASEWORKER).go("/console/accounts/" + holder);

        browser.type("#register-form [name=memberId]", "nobody-" + holder).click("#register");

        assertThat(browser.text("#family-problem")).isEqualTo("该成员没有本统筹区的职工医保个人账户，目前无法备案。");
        assertThat(browser.find("#register-form [name=memberId]").getAttribute("value")).isEqualTo("nobody-" + holder);

        browser.go("/console/accounts/" + holder + "?lang=en")
                .type("#register-form [name=memberId]", "nobody-" + holder).click("#register");

        assertThat(browser.text("#family-problem")).isEqualTo("family member nobody-" + holder
                + " has no employee medical-insurance account in the ledger; a member must be insured in the same"
                + " region (000 Q10)");
        accounts.expectBalance(holder, "100.00", "0.00", "100.00");
    }
}
