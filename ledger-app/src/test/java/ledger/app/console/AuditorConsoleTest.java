package ledger.app.console;

import static ledger.app.http.LedgerUser.AUDITOR;
import static org.assertj.core.api.Assertions.assertThat;

import ledger.app.accounts.AccountToOpen;
import org.junit.jupiter.api.Test;

/** An auditor replays a history and sees its verification, in the browser (docs/console.md). */
class AuditorConsoleTest extends ConsoleBrowserTest {

    @Test
    void anAuditorReplaysAHistoryToADateAndSeesItVerified() {
        String person = accounts.opened(new AccountToOpen(AccountToOpen.newPersonId("au-replay"), "BEIJING", "EMPLOYEE",
                "1980-05-20", "2022-01-10", null, "500.00"));
        accounts.credited(person, "2024-01", "12345.67", "2024-01-05");
        accounts.credited(person, "2024-02", "12345.67", "2024-02-05");

        browser.signIn(AUDITOR);
        assertThat(browser.path()).isEqualTo("/console/audit");
        browser.type("#audit-person", person).click("#audit-open");

        assertThat(browser.path()).isEqualTo("/console/audit/accounts/" + person);
        assertThat(browser.find("#verification").getAttribute("class")).isEqualTo("verdict ok");
        assertThat(browser.text("#verification")).isEqualTo("✔ 校验通过：4 个事件的哈希链完整，读模型与事件重放一致");
        assertThat(browser.text("#timeline")).contains("开户", "月度划入", "caseworker", "BEIJING-ACTIVE-2PCT", "246.91");

        browser.type("#as-of", "2024-01-31").click("#replay");

        assertThat(browser.text("#replay-withdrawable")).isEqualTo("500.00");
        assertThat(browser.text("#replay-earmarked")).isEqualTo("246.91");
        assertThat(browser.text("#replay-total")).isEqualTo("746.91");
        browser.screenshot("auditor-history");
    }

    @Test
    void aMistypedInstantIsRefusedOnTheReplayFormKeepingWhatWasTyped() {
        String person = accounts.opened(AccountToOpen.of("BEIJING", "EMPLOYEE", "1980-05-20", "2022-01-10"));
        browser.signIn(AUDITOR).go("/console/audit/accounts/" + person);

        browser.type("#as-of", "2024-01-31").type("#recorded-before", "yesterday").click("#replay");

        assertThat(browser.text("#replay-problem")).isEqualTo("记录时间须写作 YYYY-MM-DDTHH:MM，可带时区，例如 2024-06-01T08:00+08:00。");
        assertThat(browser.find("#recorded-before").getAttribute("value")).isEqualTo("yesterday");
    }

    @Test
    void anAuditorSeesTheFundTotalsOfARegionReconciledWithAChart() {
        String person = accounts.opened(AccountToOpen.of("WUHAN", "EMPLOYEE", "1980-05-20", "2022-01-10"));
        accounts.credited(person, "2024-03", "10000.00", "2024-03-05");

        browser.signIn(AUDITOR).go("/console/audit/fund-totals?region=WUHAN");

        assertThat(browser.path()).isEqualTo("/console/audit/fund-totals");
        assertThat(browser.find("#reconciliation").getAttribute("class")).isEqualTo("verdict ok");
        assertThat(browser.has("#fund-chart svg")).as("the chart was drawn").isTrue();
        browser.screenshot("auditor-fund-totals");
    }
}
