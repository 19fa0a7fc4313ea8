package ledger.app.console;

import static ledger.app.http.LedgerUser.CASEWORKER;
import static org.assertj.core.api.Assertions.assertThat;

import ledger.app.accounts.AccountToOpen;
import org.junit.jupiter.api.Test;

/** The yearly statement a person asks for at the counter (000 Q31), in the browser (docs/console.md). */
class YearlyStatementConsoleTest extends ConsoleBrowserTest {

    @Test
    void aCaseworkerPrintsTheYearlyStatementWithBalancesTotalsAndEntries() {
        String person = accounts.opened(new AccountToOpen(AccountToOpen.newPersonId("cw-yearly"), "BEIJING",
                "EMPLOYEE", "1980-05-20", "2022-01-10", null, "500.00"));
        accounts.credited(person, "2024-01", "12345.67", "2024-01-05");
        accounts.withdraw(person, "yearly-w-1", "100.00", "2024-02-01").expectJson(201);

        browser.signIn(CASEWORKER).go("/console/accounts/" + person + "/statement");
        browser.type("#year", "2024").click("#show-year");

        assertThat(browser.path()).isEqualTo("/console/accounts/" + person + "/statements/2024");
        assertThat(browser.text("#yearly-balances")).contains("期初（1 月 1 日） 500.00 0.00 500.00",
                "期末（12 月 31 日） 400.00 246.91 646.91");
        assertThat(browser.text("#yearly-totals")).contains("月度划入 101 1 246.91", "提取现金 901 1 -100.00");
        assertThat(browser.pageText()).contains("2024 年度对账单", "打印");
        browser.screenshot("caseworker-yearly-statement");
    }

    @Test
    void aMistypedYearIsRefusedOnTheYearFormAndKeepsWhatWasTyped() {
        String person = accounts.opened(new AccountToOpen(AccountToOpen.newPersonId("cw-yearly"), "BEIJING",
                "EMPLOYEE", "1980-05-20", "2022-01-10", null, "500.00"));

        browser.signIn(CASEWORKER).go("/console/accounts/" + person + "/statements/2024");
        browser.type("#year", "20x4").click("#show-year");

        assertThat(browser.text("#year-problem")).contains("2024");
        assertThat(browser.find("#year").getAttribute("value")).isEqualTo("20x4");
        assertThat(browser.has("#yearly-balances")).isFalse();
    }
}
