package ledger.account;

import static ledger.account.AccountFixtures.yuan;
import static ledger.account.value.MemberScheme.RESIDENT;
import static ledger.policy.Category.EMPLOYEE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import ledger.account.command.ChangeFundingOrder;
import ledger.account.command.OpenAccount;
import ledger.account.command.PostInterest;
import ledger.account.command.PostMonthlyCredit;
import ledger.account.command.RegisterFamilyMember;
import ledger.account.command.WithdrawCash;
import ledger.account.event.FamilyMemberRegistered;
import ledger.account.event.FundingOrderChanged;
import ledger.account.event.RegisteredAsFamilyMember;
import ledger.account.event.ResidentMemberRecorded;
import ledger.account.value.Relation;
import ledger.interest.Quarter;
import ledger.payment.InMemoryLedger;
import ledger.refusal.ConflictWithHistory;
import ledger.refusal.InvalidInput;
import ledger.refusal.NotFound;
import ledger.refusal.RuleRefusal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Family members of the urban-rural resident scheme (城乡居民医保, 000 Q10, domain-rules §5): the ledger
 * records them at their first registration; they hold no account, but have a funding order.
 */
class ResidentMemberRegistrationTest {

    private static final String MOTHER = "110101198005200011";
    private static final String FATHER = "110101197803030033";
    private static final String STUDENT = "110101200801010022";
    private static final String SHANGHAI_AUNT = "310101198207070044";
    private static final LocalDate OCTOBER_20 = LocalDate.of(2022, 10, 20);
    private static final LocalDate OCTOBER_25 = LocalDate.of(2022, 10, 25);

    private final InMemoryLedger ledger = new InMemoryLedger();
    private Map<String, List<Object>> before;

    @BeforeEach
    void openAccounts() {
        open(MOTHER, "BEIJING");
        open(FATHER, "BEIJING");
        open(SHANGHAI_AUNT, "SHANGHAI");
        markHistories();
    }

    @AfterEach
    void closeLedger() {
        ledger.close();
    }

    @Test
    void recordsAResidentMemberAtHisFirstRegistrationWithTheHoldersRegion() {
        ledger.send(resident(MOTHER, STUDENT, OCTOBER_20, null));

        assertThat(newEventsOf(MOTHER)).containsExactly(
                new FamilyMemberRegistered(MOTHER, STUDENT, Relation.CHILD, OCTOBER_20));
        assertThat(ledger.eventsOf(STUDENT)).containsExactly(
                new ResidentMemberRecorded(STUDENT, "BEIJING", OCTOBER_20),
                new RegisteredAsFamilyMember(STUDENT, MOTHER, Relation.CHILD, OCTOBER_20, List.of(MOTHER)));
    }

    @Test
    void aSecondHolderJoinsTheResidentMembersFundingOrderWithoutASecondRecord() {
        ledger.send(resident(MOTHER, STUDENT, OCTOBER_20, null));
        ledger.send(resident(FATHER, STUDENT, OCTOBER_25, "BEIJING"));

        assertThat(ledger.eventsOf(STUDENT)).containsExactly(
                new ResidentMemberRecorded(STUDENT, "BEIJING", OCTOBER_20),
                new RegisteredAsFamilyMember(STUDENT, MOTHER, Relation.CHILD, OCTOBER_20, List.of(MOTHER)),
                new RegisteredAsFamilyMember(STUDENT, FATHER, Relation.CHILD, OCTOBER_25, List.of(MOTHER, FATHER)));
    }

    @Test
    void theResidentMemberReordersHisFamilyAccounts() {
        ledger.send(resident(MOTHER, STUDENT, OCTOBER_20, null));
        ledger.send(resident(FATHER, STUDENT, OCTOBER_25, null));

        ledger.send(new ChangeFundingOrder(STUDENT, List.of(FATHER, MOTHER), OCTOBER_25));

        assertThat(ledger.eventsOf(STUDENT)).endsWith(
                new FundingOrderChanged(STUDENT, List.of(FATHER, MOTHER), OCTOBER_25));
    }

    @Test
    void cannotRegisterTheSameResidentMemberTwice() {
        ledger.send(resident(MOTHER, STUDENT, OCTOBER_20, null));
        markHistories();

        ledger.assertRefused(resident(MOTHER, STUDENT, OCTOBER_25, null), ConflictWithHistory.class,
                "member-already-registered");

        assertNothingWritten();
    }

    @Test
    void cannotRegisterAResidentMemberInsuredInAnotherRegion() {
        ledger.assertRefused(resident(MOTHER, STUDENT, OCTOBER_20, "SHANGHAI"), RuleRefusal.class,
                "member-in-other-region");

        assertNothingWritten();
        assertThat(ledger.eventsOf(STUDENT)).isEmpty();
    }

    @Test
    void cannotRegisterAResidentMemberOfAnUnknownRegion() {
        ledger.assertRefused(resident(MOTHER, STUDENT, OCTOBER_20, "ATLANTIS"), InvalidInput.class,
                "unknown-region");

        assertThat(ledger.eventsOf(STUDENT)).isEmpty();
    }

    @Test
    void aRefusedFirstRegistrationRecordsNoResidentMember() {
        ledger.assertRefused(resident(MOTHER, STUDENT, LocalDate.of(2022, 10, 14), null), RuleRefusal.class,
                "family-registration-not-open");

        assertNothingWritten();
        assertThat(ledger.eventsOf(STUDENT)).isEmpty();
    }

    @Test
    void cannotRegisterAnAccountHolderAsAResidentMember() {
        ledger.assertRefused(resident(MOTHER, FATHER, OCTOBER_20, null), RuleRefusal.class, "member-scheme-mismatch");

        assertNothingWritten();
    }

    @Test
    void cannotRegisterARecordedResidentMemberAsAnEmployee() {
        ledger.send(resident(MOTHER, STUDENT, OCTOBER_20, null));
        markHistories();

        ledger.assertRefused(new RegisterFamilyMember(FATHER, STUDENT, Relation.CHILD, OCTOBER_25), RuleRefusal.class,
                "member-scheme-mismatch");

        assertNothingWritten();
    }

    @Test
    void aResidentMemberRegistersNobody() {
        ledger.send(resident(MOTHER, STUDENT, OCTOBER_20, null));
        markHistories();

        ledger.assertRefused(new RegisterFamilyMember(STUDENT, FATHER, Relation.PARENT, OCTOBER_25), NotFound.class,
                "unknown-account");

        assertNothingWritten();
    }

    @Test
    void aResidentMemberIsNeverCredited() {
        ledger.send(resident(MOTHER, STUDENT, OCTOBER_20, null));
        markHistories();

        ledger.assertRefused(new PostMonthlyCredit(STUDENT, YearMonth.of(2022, 11), yuan("3000.00"),
                LocalDate.of(2022, 11, 5)), NotFound.class, "unknown-account");

        assertNothingWritten();
    }

    @Test
    void aResidentMemberEarnsNoInterestAndWithdrawsNothing() {
        ledger.send(resident(MOTHER, STUDENT, OCTOBER_20, null));
        markHistories();

        ledger.assertRefused(new PostInterest(STUDENT, Quarter.parse("2022-Q4"), LocalDate.of(2023, 1, 2)),
                NotFound.class, "unknown-account");
        ledger.assertRefused(new WithdrawCash(STUDENT, "wd-1", yuan("1.00"), OCTOBER_25), NotFound.class,
                "unknown-account");

        assertNothingWritten();
    }

    private static RegisterFamilyMember resident(String holder, String member, LocalDate on, String region) {
        return new RegisterFamilyMember(holder, member, Relation.CHILD, on, RESIDENT, region);
    }

    private void open(String personId, String region) {
        ledger.send(new OpenAccount(personId, region, EMPLOYEE, LocalDate.of(1980, 1, 1), LocalDate.of(2022, 1, 10),
                null, null));
    }

    private void markHistories() {
        before = ledger.histories(MOTHER, FATHER, STUDENT, SHANGHAI_AUNT);
    }

    private List<Object> newEventsOf(String personId) {
        List<Object> all = ledger.eventsOf(personId);
        return all.subList(before.get(personId).size(), all.size());
    }

    private void assertNothingWritten() {
        assertThat(ledger.histories(MOTHER, FATHER, STUDENT, SHANGHAI_AUNT)).isEqualTo(before);
    }
}
