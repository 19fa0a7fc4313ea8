package ledger.app.console;

import static ledger.app.http.LedgerUser.AUDITOR;
import static ledger.app.http.LedgerUser.CASEWORKER;
import static ledger.app.http.LedgerUser.OPERATOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import ledger.app.accounts.AccountToOpen;
import ledger.app.http.LedgerUser;
import org.junit.jupiter.api.Test;

/** Who may see which page, sign-in and sign-out, and CSRF tokens on every form (docs/console.md). */
class ConsoleAccessTest extends ConsoleBrowserTest {

    @Test
    void theRootLeadsToTheSignInFormAndAWrongPasswordIsRefused() {
        browser.go("/");
        assertThat(browser.path()).isEqualTo("/signin");
        browser.screenshot("signin");

        browser.type("#username", "caseworker").type("#password", "wrong").click("#sign-in");

        assertThat(browser.path()).isEqualTo("/signin");
        assertThat(browser.pageText()).contains("用户名或密码不正确");
    }

    @Test
    void aBookmarkedAccountPageOpensAfterSigningInAndSigningOutEndsTheSession() {
        String person = accounts.opened(AccountToOpen.of("BEIJING", "EMPLOYEE", "1980-05-20", "2022-01-10"));
        browser.go("/console/accounts/" + person);
        assertThat(browser.path()).isEqualTo("/signin");
        browser.type("#username", "caseworker").type("#password", "caseworker").click("#sign-in");
        assertThat(browser.path()).isEqualTo("/console/accounts/" + person);
        browser.click("[lang=en]");
        assertThat(browser.text("#sign-out")).isEqualTo("Sign out");
        assertThat(browser.pageText()).contains("Withdrawable (可自由支取)", "Earmarked (记账管理)");

        browser.click("#sign-out").awaitPath("/signin", Duration.ofSeconds(10));

        assertThat(browser.text(".notice")).isEqualTo("You are signed out.");
        browser.go("/console/accounts/" + person);
        assertThat(browser.path()).isEqualTo("/signin");
    }

    @Test
    void aCaseworkerMayNotSeeTheBatches() {
        expectForbidden(CASEWORKER, "/console/batches");
    }

    @Test
    void anAuditorMayNotSeeAnAccountAtTheCounter() {
        String person = accounts.opened(AccountToOpen.of("BEIJING", "EMPLOYEE", "1980-05-20", "2022-01-10"));
        expectForbidden(AUDITOR, "/console/accounts/" + person);
    }

    @Test
    void anOperatorMayNotSeeAnAuditTrail() {
        String person = accounts.opened(AccountToOpen.of("BEIJING", "EMPLOYEE", "1980-05-20", "2022-01-10"));
        expectForbidden(OPERATOR, "/console/audit/accounts/" + person);
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
        String person = accounts.opened(AccountToOpen.of("BEIJING", "EMPLOYEE", "1980-05-20", "2022-01-10"));
        browser.signIn(CASEWORKER).go("/console/accounts/" + person);

        HttpResponse<String> answer = browser.withSession("POST", "/console/accounts/" + person + "/retirement",
                "retiredOn=2024-06-30");

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(accounts.account(person).expectJson(200).node("retiredOn").isMissingNode()).isTrue();
    }

    private void expectForbidden(LedgerUser user, String path) {
        browser.signIn(user).go(path);

        assertThat(browser.text("#forbidden")).isEqualTo("无权访问（403）");
        assertThat(browser.withSession("GET", path, null).statusCode()).isEqualTo(403);
        if (user == CASEWORKER) {
            browser.screenshot("forbidden");
        }
    }
}
