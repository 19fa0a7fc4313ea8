package ledger.app.console;

import ledger.app.LedgerApiTest;
import ledger.app.accounts.AccountSteps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A console test: the shared ledger of the API tests, a fresh headless Chromium for each test (skipped,
 * saying so, where none is installed), and the caseworker's API steps for the givens.
 */
abstract class ConsoleBrowserTest extends LedgerApiTest {

    @LocalServerPort
    protected int port;

    protected AccountSteps accounts;
    protected Browser browser;

    @BeforeEach
    void openBrowser() {
        accounts = new AccountSteps(http);
        browser = Browser.open(port);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
