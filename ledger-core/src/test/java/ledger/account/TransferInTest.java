package ledger.account;

import static ledger.account.AccountFixtures.PERSON;
import static ledger.account.AccountFixtures.accountFixture;
import static ledger.account.AccountFixtures.balances;
import static ledger.account.AccountFixtures.beijingActiveBasis;
import static ledger.account.AccountFixtures.yuan;
import static ledger.account.InterestFixtures.beijingInterest;
import static ledger.account.InterestFixtures.quarter;
import static ledger.account.InterestFixtures.wholeQuarter;
import static ledger.money.Pot.EARMARKED;
import static ledger.money.Pot.WITHDRAWABLE;
import static ledger.policy.Category.EMPLOYEE;

import java.time.LocalDate;
import java.time.YearMonth;
import ledger.account.command.TransferIn;
import ledger.account.event.AccountOpened;
import ledger.account.event.LegacyBalanceMigrated;
import ledger.account.event.MonthlyCreditPosted;
import ledger.account.event.TransferredIn;
import ledger.account.receipt.TransferReceipt;
import ledger.interest.Quarter;
import ledger.money.Money;
import ledger.refusal.ConflictWithHistory;
import ledger.refusal.InvalidInput;
import ledger.refusal.RuleRefusal;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Money from the person's account in another region merges in as earmarked money (000 Q36, 004 第八条). */
class TransferInTest {

    private static final LocalDate OPENED_ON = LocalDate.of(2022, 1, 10);
    private static final LocalDate RECEIVED_ON = LocalDate.of(2024, 5, 10);
    private static final String TRANSFER = "tr-sh-2024-0001";
    /** 500.00 withdrawable from the old system and 246.91 earmarked from a post-reform credit. */
    private static final Object[] HISTORY = {
            new AccountOpened(PERSON, "BEIJING", EMPLOYEE, LocalDate.of(1980, 5, 20), OPENED_ON, null),
            new LegacyBalanceMigrated(PERSON, yuan("500.00"), OPENED_ON, balances("500.00", "0.00")),
            new MonthlyCreditPosted(PERSON, YearMonth.of(2024, 3), yuan("246.91"), EARMARKED, LocalDate.of(2024, 3, 5),
                    false, beijingActiveBasis(EMPLOYEE, "12345.67"), balances("500.00", "246.91"))};
    private static final TransferredIn MERGED = new TransferredIn(PERSON, TRANSFER, "SHANGHAI", yuan("1234.56"),
            RECEIVED_ON, balances("500.00", "1481.47"));

    private final RefusalRecorder refusals = new RefusalRecorder();
    private AggregateTestFixture<PersonalAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = accountFixture(refusals);
    }

    @Test
    void mergesATransferInAsEarmarkedMoney() {
        fixture.given(HISTORY)
                .when(new TransferIn(PERSON, TRANSFER, "SHANGHAI", yuan("1234.56"), RECEIVED_ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(MERGED)
                .expectResultMessagePayload(new TransferReceipt(TRANSFER, yuan("1234.56"),
                        balances("500.00", "1481.47"), false));
    }

    @Test
    void repeatsTheSameTransferWithoutMergingTwice() {
        fixture.given(HISTORY).andGiven(MERGED)
                .when(new TransferIn(PERSON, TRANSFER, "SHANGHAI", yuan("1234.56"), RECEIVED_ON))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(new TransferReceipt(TRANSFER, yuan("1234.56"),
                        balances("500.00", "1481.47"), true));
    }

    /** The body of a transfer is its id, origin and amount; the day the request is repeated is not part of it. */
    @Test
    void aRepeatOnALaterDayIsStillTheSameTransfer() {
        fixture.given(HISTORY).andGiven(MERGED)
                .when(new TransferIn(PERSON, TRANSFER, "SHANGHAI", yuan("1234.56"), RECEIVED_ON.plusDays(3)))
                .expectNoEvents()
                .expectResultMessagePayload(new TransferReceipt(TRANSFER, yuan("1234.56"),
                        balances("500.00", "1481.47"), true));
    }

    @Test
    void cannotReuseATransferIdForAnotherAmount() {
        fixture.given(HISTORY).andGiven(MERGED)
                .when(new TransferIn(PERSON, TRANSFER, "SHANGHAI", yuan("1234.57"), RECEIVED_ON))
                .expectNoEvents();

        refusals.assertRefused(ConflictWithHistory.class, "transfer-id-reused");
    }

    @Test
    void cannotReuseATransferIdFromAnotherRegion() {
        fixture.given(HISTORY).andGiven(MERGED)
                .when(new TransferIn(PERSON, TRANSFER, "WUHAN", yuan("1234.56"), RECEIVED_ON))
                .expectNoEvents();

        refusals.assertRefused(ConflictWithHistory.class, "transfer-id-reused");
    }

    @Test
    void aSecondTransferWithItsOwnIdMergesAgain() {
        fixture.given(HISTORY).andGiven(MERGED)
                .when(new TransferIn(PERSON, "tr-sh-2024-0002", "SHANGHAI", yuan("1234.56"), RECEIVED_ON))
                .expectEvents(new TransferredIn(PERSON, "tr-sh-2024-0002", "SHANGHAI", yuan("1234.56"), RECEIVED_ON,
                        balances("500.00", "2716.03")));
    }

    /** "Within one region nothing moves" (domain-rules §8, 000 Q36): a transfer needs another region. */
    @Test
    void cannotTransferInFromTheAccountsOwnRegion() {
        fixture.given(HISTORY)
                .when(new TransferIn(PERSON, TRANSFER, "BEIJING", yuan("1234.56"), RECEIVED_ON))
                .expectNoEvents();

        refusals.assertRefused(RuleRefusal.class, "transfer-within-region");
    }

    @Test
    void cannotTransferInZero() {
        fixture.given(HISTORY)
                .when(new TransferIn(PERSON, TRANSFER, "SHANGHAI", Money.ZERO, RECEIVED_ON))
                .expectNoEvents();

        refusals.assertRefused(InvalidInput.class, "zero-amount");
    }

    @Test
    void cannotReceiveATransferOnOrBeforeAPaidInterestDay() {
        Quarter q2 = quarter("2024-Q2");

        fixture.given(HISTORY).andGiven(beijingInterest(PERSON, q2,
                        wholeQuarter(WITHDRAWABLE, q2, "0.0020", 4_600_000, "0.26"),
                        wholeQuarter(EARMARKED, q2, "0.0020", 2_271_572, "0.13"), balances("500.26", "247.04")))
                .when(new TransferIn(PERSON, TRANSFER, "SHANGHAI", yuan("1234.56"), LocalDate.of(2024, 6, 20)))
                .expectNoEvents();

        refusals.assertRefused(RuleRefusal.class, "before-paid-interest");
    }
}
