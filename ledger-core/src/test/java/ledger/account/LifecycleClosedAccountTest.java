package ledger.account;

import static ledger.account.AccountFixtures.PERSON;
import static ledger.account.AccountFixtures.accountFixture;
import static ledger.account.AccountFixtures.balances;
import static ledger.account.AccountFixtures.yuan;
import static ledger.account.InterestFixtures.quarter;
import static ledger.policy.Category.EMPLOYEE;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import ledger.account.command.ChangeFundingOrder;
import ledger.account.command.CloseAccount;
import ledger.account.command.PostInterest;
import ledger.account.command.PostMonthlyCredit;
import ledger.account.command.RecordRetirement;
import ledger.account.command.TransferIn;
import ledger.account.command.WithdrawCash;
import ledger.account.event.AccountClosed;
import ledger.account.event.AccountOpened;
import ledger.account.event.BalancePaidOut;
import ledger.account.event.LegacyBalanceMigrated;
import ledger.account.value.ClosureReason;
import ledger.money.Balances;
import ledger.refusal.ConflictWithHistory;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** After liquidation the account is closed and takes nothing more (domain-rules §8, 000 Q35). */
class LifecycleClosedAccountTest {

    private static final LocalDate OPENED_ON = LocalDate.of(2020, 1, 2);
    private static final LocalDate EFFECTIVE_ON = LocalDate.of(2024, 4, 30);
    private static final LocalDate CLOSED_ON = LocalDate.of(2024, 5, 6);
    private static final LocalDate LATER = LocalDate.of(2024, 7, 1);
    /** 300.00 withdrawable paid to the person on a switch to public medical care, then closed. */
    private static final Object[] CLOSED = {
            new AccountOpened(PERSON, "BEIJING", EMPLOYEE, LocalDate.of(1980, 5, 20), OPENED_ON, null),
            new LegacyBalanceMigrated(PERSON, yuan("300.00"), OPENED_ON, balances("300.00", "0.00")),
            new BalancePaidOut(PERSON, ClosureReason.OTHER_SCHEME, PERSON, yuan("300.00"), yuan("0.00"), CLOSED_ON,
                    Balances.EMPTY),
            new AccountClosed(PERSON, ClosureReason.OTHER_SCHEME, EFFECTIVE_ON, PERSON, CLOSED_ON)};

    private final RefusalRecorder refusals = new RefusalRecorder();
    private AggregateTestFixture<PersonalAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = accountFixture(refusals);
    }

    @Test
    void aClosedAccountTakesNoFurtherCredits() {
        fixture.given(CLOSED)
                .when(new PostMonthlyCredit(PERSON, YearMonth.of(2024, 7), yuan("10000.00"), LATER))
                .expectNoEvents();

        refusals.assertRefused(ConflictWithHistory.class, "account-closed");
    }

    @Test
    void aClosedAccountPaysNoCash() {
        fixture.given(CLOSED)
                .when(new WithdrawCash(PERSON, "w-after-closure", yuan("1.00"), LATER))
                .expectNoEvents();

        refusals.assertRefused(ConflictWithHistory.class, "account-closed");
    }

    @Test
    void aClosedAccountRecordsNoRetirement() {
        fixture.given(CLOSED)
                .when(new RecordRetirement(PERSON, LATER))
                .expectNoEvents();

        refusals.assertRefused(ConflictWithHistory.class, "account-closed");
    }

    @Test
    void aClosedAccountEarnsNoInterest() {
        fixture.given(CLOSED)
                .when(new PostInterest(PERSON, quarter("2024-Q2"), LATER))
                .expectNoEvents();

        refusals.assertRefused(ConflictWithHistory.class, "account-closed");
    }

    @Test
    void aClosedAccountTakesNoTransferIn() {
        fixture.given(CLOSED)
                .when(new TransferIn(PERSON, "tr-after-closure", "SHANGHAI", yuan("100.00"), LATER))
                .expectNoEvents();

        refusals.assertRefused(ConflictWithHistory.class, "account-closed");
    }

    @Test
    void aClosedAccountChangesNoFundingOrder() {
        fixture.given(CLOSED)
                .when(new ChangeFundingOrder(PERSON, List.of(), LATER))
                .expectNoEvents();

        refusals.assertRefused(ConflictWithHistory.class, "account-closed");
    }

    @Test
    void aClosedAccountCannotBeClosedAgain() {
        fixture.given(CLOSED)
                .when(new CloseAccount(PERSON, ClosureReason.DECEASED, LATER, null, LATER))
                .expectNoEvents();

        refusals.assertRefused(ConflictWithHistory.class, "account-closed");
    }
}
