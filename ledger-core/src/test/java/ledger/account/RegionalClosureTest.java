package ledger.account;

import static ledger.account.AccountFixtures.CATALOG;
import static ledger.account.AccountFixtures.PERSON;
import static ledger.account.AccountFixtures.balances;
import static ledger.account.AccountFixtures.yuan;
import static ledger.policy.Category.EMPLOYEE;

import java.time.LocalDate;
import ledger.account.command.CloseAccount;
import ledger.account.event.AccountClosed;
import ledger.account.event.AccountOpened;
import ledger.account.event.BalancePaidOut;
import ledger.account.event.LegacyBalanceMigrated;
import ledger.account.value.ClosureReason;
import ledger.policy.PolicyCatalog;
import ledger.refusal.RuleRefusal;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reasons for liquidation that only some regions' rules have (domain-rules §8), as policy data. */
class RegionalClosureTest {

    private static final LocalDate OPENED = LocalDate.of(2023, 1, 1);
    private static final LocalDate LEFT_ON = LocalDate.of(2024, 6, 30);
    private static final LocalDate CLOSED_ON = LocalDate.of(2024, 7, 10);
    /** Yuxi as D3 ships it is not here yet: a region built in the test with Yuxi's one-time clearance. */

    private final RefusalRecorder refusals = new RefusalRecorder();
    private AggregateTestFixture<PersonalAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = InterestFixtures.accountFixture(refusals, PolicyCatalog.of(CATALOG.region("QINGYANG"),
                CATALOG.region("BEIJING"), CATALOG.region("YUXI")));
    }

    private static Object[] openedIn(String region) {
        return new Object[] {new AccountOpened(PERSON, region, EMPLOYEE, LocalDate.of(1980, 5, 20), OPENED, null),
                new LegacyBalanceMigrated(PERSON, yuan("300.00"), OPENED, balances("300.00", "0.00"))};
    }

    @Test
    void aQingyangPersonWhoLeavesTheSchemeIsPaidTheBalance() {
        fixture.given(openedIn("QINGYANG"))
                .when(new CloseAccount(PERSON, ClosureReason.LEFT_SCHEME, LEFT_ON, null, CLOSED_ON))
                .expectEvents(new BalancePaidOut(PERSON, ClosureReason.LEFT_SCHEME, PERSON, yuan("300.00"),
                                yuan("0.00"), CLOSED_ON, balances("0.00", "0.00")),
                        new AccountClosed(PERSON, ClosureReason.LEFT_SCHEME, LEFT_ON, PERSON, CLOSED_ON));
    }

    @Test
    void aYuxiPersonMovingToARegionWithoutAccountsIsClearedAtOnce() {
        fixture.given(openedIn("YUXI"))
                .when(new CloseAccount(PERSON, ClosureReason.ONE_TIME_CLEARANCE, LEFT_ON, null, CLOSED_ON))
                .expectEvents(new BalancePaidOut(PERSON, ClosureReason.ONE_TIME_CLEARANCE, PERSON, yuan("300.00"),
                                yuan("0.00"), CLOSED_ON, balances("0.00", "0.00")),
                        new AccountClosed(PERSON, ClosureReason.ONE_TIME_CLEARANCE, LEFT_ON, PERSON, CLOSED_ON));
    }

    @Test
    void cannotLeaveTheSchemeInARegionWhoseRulesLackIt() {
        fixture.given(openedIn("BEIJING"))
                .when(new CloseAccount(PERSON, ClosureReason.LEFT_SCHEME, LEFT_ON, null, CLOSED_ON))
                .expectNoEvents();

        refusals.assertRefused(RuleRefusal.class, "closure-reason-not-in-region");
    }

    @Test
    void cannotClearAQingyangAccountAtOnce() {
        fixture.given(openedIn("QINGYANG"))
                .when(new CloseAccount(PERSON, ClosureReason.ONE_TIME_CLEARANCE, LEFT_ON, null, CLOSED_ON))
                .expectNoEvents();

        refusals.assertRefused(RuleRefusal.class, "closure-reason-not-in-region");
    }
}
