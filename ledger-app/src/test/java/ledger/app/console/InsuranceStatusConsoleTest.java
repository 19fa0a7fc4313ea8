package ledger.app.console;

import static ledger.app.http.LedgerUser.CASEWORKER;
import static org.assertj.core.api.Assertions.assertThat;

import ledger.app.accounts.AccountToOpen;
import org.junit.jupiter.api.Test;

/** A change of insurance status at the counter (000 Q14, 002 汉 第六条), in the browser (docs/console.md). */
class InsuranceStatusConsoleTest extends ConsoleBrowserTest {

    @Test
    void aCaseworkerRecordsThatAWuhanEmployeeBecameAFlexibleWorker() {
        String person = accounts.opened(AccountToOpen.of("WUHAN", "EMPLOYEE", "1985-05-05", "2023-01-10"));
        accounts.credited(person, "2024-02", "8000.00", "2024-02-05");

        browser.signIn(CASEWORKER).go("/console/accounts/" + person);
        browser.find("#status-choice [value=FLEXIBLE_EMPLOYEE]").click();
        browser.type("#status-effective-on", "2024-03-15").click("#record-status");

        assertThat(browser.text("#done")).isEqualTo("已登记参保状态变更。");
        assertThat(browser.pageText()).contains("灵活就业人员（在职）");
        browser.screenshot("caseworker-insurance-status");
        accounts.credit(person, "2024-04", "8000.00", "2024-04-05")
                .expectProblem(422, "category-not-credited", "FLEXIBLE_EMPLOYEE");
    }

    @Test
    void theSameStatusAgainIsRefusedOnTheFormKeepingWhatWasTyped() {
        String person = accounts.opened(AccountToOpen.of("WUHAN", "EMPLOYEE", "1985-05-05", "2023-01-10"));

        browser.signIn(CASEWORKER).go("/console/accounts/" + person);
        browser.find("#status-choice [value=EMPLOYEE]").click();
        browser.type("#status-effective-on", "2024-03-15").click("#record-status");

        assertThat(browser.text("#status-problem")).isEqualTo("参保状态未变：此人已是所选状态。");
        assertThat(browser.find("#status-effective-on").getAttribute("value")).isEqualTo("2024-03-15");
    }
}
