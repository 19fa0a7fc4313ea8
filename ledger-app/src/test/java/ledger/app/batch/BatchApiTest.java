package ledger.app.batch;

import ledger.app.LedgerApiTest;
import ledger.app.accounts.AccountSteps;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An HTTP test of the operators' batches: the ledger on a port, with steps to open accounts and run batches. */
abstract class BatchApiTest extends LedgerApiTest {

    @LocalServerPort
    private int port;

    protected AccountSteps accounts;
    protected BatchSteps batches;

    @BeforeEach
    void batchSteps() {
        accounts = new AccountSteps(http);
        batches = new BatchSteps(http, port);
    }
}
