package ledger.app.projections;

import static org.assertj.core.api.Assertions.assertThat;

import ledger.app.LedgerApiTest;
import ledger.app.accounts.AccountSteps;
import ledger.app.accounts.AccountToOpen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The ledger's read models signal their commits to the waiting writes (ADR 28): without the interceptor on
 * their processor every write would still answer, but only after the waits' 10 ms checks.
 */
class CommittedStreamsApiTest extends LedgerApiTest {

    /** Long enough for any commit; a signal that came returns at once. */
    private static final long AT_MOST_MILLIS = 10_000;

    @Autowired
    private CommittedStreams committed;

    @Test
    void theReadModelsSignalTheCommitOfAnAccountsEvents() throws Exception {
        AccountToOpen account = AccountToOpen.of("BEIJING", "EMPLOYEE", "1980-05-20", "2022-01-10");
        try (CommittedStreams.Watch watch = committed.watch(account.personId())) {
            long before = watch.commits();

            new AccountSteps(http).open(account).expectJson(201);

            assertThat(watch.await(before, AT_MOST_MILLIS)).as("commits of the account's events signalled")
                    .isGreaterThan(before);
        }
    }
}
