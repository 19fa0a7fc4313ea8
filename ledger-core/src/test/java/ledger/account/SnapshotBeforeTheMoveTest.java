package ledger.account;

import static ledger.account.AccountFixtures.PERSON;
import static ledger.account.AccountFixtures.balances;
import static ledger.account.AccountFixtures.beijingActiveBasis;
import static ledger.account.AccountFixtures.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import ledger.account.event.AccountOpened;
import ledger.account.event.CashWithdrawn;
import ledger.account.event.FamilyMemberRegistered;
import ledger.account.event.LegacyBalanceMigrated;
import ledger.account.event.MonthlyCreditPosted;
import ledger.account.event.TransferredIn;
import ledger.account.value.Relation;
import ledger.money.Pot;
import ledger.policy.Category;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

/**
 * A snapshot written before the account's state moved into {@code AccountState} (ADR 22), by the
 * classes of that time (fixture), reads back as the same account, and today's snapshot has its shape.
 */
class SnapshotBeforeTheMoveTest {

    private static final String FIXTURE = "/snapshots/personal-account-revision-4.json";
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final JacksonSerializer SNAPSHOTS = JacksonSerializer.builder().objectMapper(JSON).build();

    @Test
    void aSnapshotOfRevisionFourStoredBeforeTheMoveRestoresTheSameAccount() throws IOException {
        PersonalAccount restored = SNAPSHOTS.deserialize(new SimpleSerializedObject<>(fixture(), byte[].class,
                "ledger.account.PersonalAccount", "4"));

        assertThat(restored).usingRecursiveComparison().isEqualTo(sameHistory());
    }

    @Test
    void todaysSnapshotHasTheShapeOfTheStoredOne() throws IOException {
        byte[] today = SNAPSHOTS.serialize(sameHistory(), byte[].class).getData();

        assertThat(JSON.readTree(today)).isEqualTo(JSON.readTree(fixture()));
    }

    /** The events the fixture's account was built from, applied by today's classes. */
    private static PersonalAccount sameHistory() {
        PersonalAccount account = new PersonalAccount();
        account.on(new AccountOpened(PERSON, "BEIJING", Category.EMPLOYEE, LocalDate.of(1980, 5, 20),
                LocalDate.of(2024, 12, 1), null));
        account.on(new LegacyBalanceMigrated(PERSON, yuan("500.00"), LocalDate.of(2024, 12, 1),
                balances("500.00", "0.00")));
        account.on(new MonthlyCreditPosted(PERSON, YearMonth.of(2024, 12), yuan("1000.00"), Pot.EARMARKED,
                LocalDate.of(2024, 12, 21), false, beijingActiveBasis(Category.EMPLOYEE, "50000.00"),
                balances("500.00", "1000.00")));
        account.on(new CashWithdrawn(PERSON, "w-1", yuan("100.00"), LocalDate.of(2024, 12, 22),
                balances("400.00", "1000.00")));
        account.on(new FamilyMemberRegistered(PERSON, "M1", Relation.CHILD, LocalDate.of(2024, 12, 23)));
        account.on(new TransferredIn(PERSON, "tr-1", "SHANGHAI", yuan("100.00"), LocalDate.of(2024, 12, 24),
                balances("400.00", "1100.00")));
        return account;
    }

    private byte[] fixture() throws IOException {
        try (InputStream in = getClass().getResourceAsStream(FIXTURE)) {
            return in.readAllBytes();
        }
    }
}
