package ledger.account;

import static ledger.account.AccountFixtures.CATALOG;
import static ledger.account.AccountFixtures.PERSON;
import static ledger.account.AccountFixtures.balances;
import static ledger.account.AccountFixtures.beijingActiveBasis;
import static ledger.account.AccountFixtures.yuan;
import static ledger.account.InterestFixtures.beijingInterest;
import static ledger.account.InterestFixtures.quarter;
import static ledger.account.InterestFixtures.wholeQuarter;
import static ledger.money.Pot.EARMARKED;
import static ledger.money.Pot.WITHDRAWABLE;
import static ledger.policy.Category.EMPLOYEE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.LocalDate;
import java.time.YearMonth;
import ledger.account.command.CloseAccount;
import ledger.account.command.PostInterest;
import ledger.account.command.PostMonthlyCredit;
import ledger.account.command.TransferIn;
import ledger.account.event.AccountClosed;
import ledger.account.event.AccountOpened;
import ledger.account.event.BalancePaidOut;
import ledger.account.event.LegacyBalanceMigrated;
import ledger.account.event.MonthlyCreditPosted;
import ledger.account.event.TransferredIn;
import ledger.account.receipt.TransferReceipt;
import ledger.account.value.ClosureReason;
import ledger.interest.Quarter;
import ledger.money.Balances;
import ledger.policy.MonthlyCreditPolicy;
import ledger.refusal.ConflictWithHistory;
import ledger.refusal.Refusal;
import ledger.refusal.RuleRefusal;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

/**
 * The interest timeline, the transfers and the closure live in the aggregate's state, so they must
 * survive a snapshot (axon-notes: AggregateTestFixture never serializes). The account is rebuilt by
 * its event-sourcing handlers, written and read by Axon's Jackson serializer over a mapper shaped like
 * Spring Boot's, and must come back field for field and still refuse what it refused before.
 */
class LifecycleSnapshotTest {

    private static final Quarter Q1_2025 = quarter("2025-Q1");
    private static final LocalDate OPENED_ON = LocalDate.of(2024, 12, 1);
    private static final JacksonSerializer SNAPSHOTS = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().findAndRegisterModules()
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
            .build();
    private static final TransferredIn MERGED = new TransferredIn(PERSON, "tr-1", "SHANGHAI", yuan("100.00"),
            LocalDate.of(2025, 4, 2), balances("500.13", "1200.26"));

    @Test
    void aSnapshotKeepsPaidQuartersTransfersAndTheTimeline() {
        PersonalAccount account = interestPaidAndTransferred();

        PersonalAccount restored = roundTrip(account);

        assertThat(restored).usingRecursiveComparison().isEqualTo(account);
    }

    @Test
    void aRestoredAccountStillRefusesToPayAQuarterTwice() {
        PersonalAccount restored = roundTrip(interestPaidAndTransferred());

        assertRefused(() -> restored.handle(new PostInterest(PERSON, Q1_2025, LocalDate.of(2025, 4, 5)), CATALOG),
                ConflictWithHistory.class, "quarter-already-paid");
    }

    @Test
    void aRestoredAccountStillRefusesABackdatedCredit() {
        PersonalAccount restored = roundTrip(interestPaidAndTransferred());

        assertRefused(() -> restored.handle(new PostMonthlyCredit(PERSON, YearMonth.of(2025, 3), yuan("5000.00"),
                        LocalDate.of(2025, 3, 20)), new MonthlyCreditPolicy(CATALOG)),
                RuleRefusal.class, "before-paid-interest");
    }

    @Test
    void aRestoredAccountStillRecognisesARepeatedTransfer() {
        PersonalAccount restored = roundTrip(interestPaidAndTransferred());

        TransferReceipt receipt = restored.handle(new TransferIn(PERSON, "tr-1", "SHANGHAI", yuan("100.00"),
                LocalDate.of(2025, 4, 9)));

        assertThat(receipt).isEqualTo(new TransferReceipt("tr-1", yuan("100.00"), balances("500.13", "1200.26"), true));
    }

    @Test
    void aSnapshotOfAClosedAccountKeepsItClosed() {
        PersonalAccount account = interestPaidAndTransferred();
        LocalDate closedOn = LocalDate.of(2025, 4, 10);
        account.on(new BalancePaidOut(PERSON, ClosureReason.DECEASED, "legal heirs of " + PERSON, yuan("500.13"),
                yuan("1200.26"), closedOn, Balances.EMPTY));
        account.on(new AccountClosed(PERSON, ClosureReason.DECEASED, LocalDate.of(2025, 4, 3),
                "legal heirs of " + PERSON, closedOn));

        PersonalAccount restored = roundTrip(account);

        assertThat(restored).usingRecursiveComparison().isEqualTo(account);
        assertThat(restored.state().isClosed()).isTrue();
        assertRefused(() -> restored.handle(new CloseAccount(PERSON, ClosureReason.DECEASED, closedOn, null, closedOn),
                        AccountFixtures.CATALOG),
                ConflictWithHistory.class, "account-closed");
    }

    /** The worked example, 2025-Q1 paid on both pots, then 100.00 transferred in from Shanghai. */
    private static PersonalAccount interestPaidAndTransferred() {
        PersonalAccount account = new PersonalAccount();
        account.on(new AccountOpened(PERSON, "BEIJING", EMPLOYEE, LocalDate.of(1980, 5, 20), OPENED_ON, null));
        account.on(new LegacyBalanceMigrated(PERSON, yuan("500.00"), OPENED_ON, balances("500.00", "0.00")));
        account.on(new MonthlyCreditPosted(PERSON, YearMonth.of(2024, 12), yuan("1000.00"), EARMARKED,
                LocalDate.of(2024, 12, 21), false, beijingActiveBasis(EMPLOYEE, "50000.00"),
                balances("500.00", "1000.00")));
        account.on(new MonthlyCreditPosted(PERSON, YearMonth.of(2025, 2), yuan("100.00"), EARMARKED,
                LocalDate.of(2025, 2, 1), false, beijingActiveBasis(EMPLOYEE, "5000.00"), balances("500.00", "1100.00")));
        account.on(beijingInterest(PERSON, Q1_2025,
                wholeQuarter(WITHDRAWABLE, Q1_2025, "0.0010", 4_500_000, "0.13"),
                wholeQuarter(EARMARKED, Q1_2025, "0.0010", 9_480_000, "0.26"), balances("500.13", "1100.26")));
        account.on(MERGED);
        return account;
    }

    private static PersonalAccount roundTrip(PersonalAccount account) {
        SerializedObject<byte[]> snapshot = SNAPSHOTS.serialize(account, byte[].class);
        return SNAPSHOTS.deserialize(snapshot);
    }

    private static void assertRefused(Runnable command, Class<? extends Refusal> type, String code) {
        assertThatThrownBy(command::run).isInstanceOf(type)
                .satisfies(thrown -> assertThat(((Refusal) thrown).code()).isEqualTo(code));
    }
}
