package ledger.account;

import static ledger.account.AccountFixtures.yuan;
import static ledger.account.value.Relation.CHILD;
import static ledger.account.value.Relation.SPOUSE;
import static ledger.policy.Category.EMPLOYEE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import ledger.account.command.OpenAccount;
import ledger.account.command.RegisterFamilyMember;
import ledger.account.command.RevokeFamilyMember;
import ledger.account.event.FamilyMemberRegistered;
import ledger.account.event.FamilyMemberRevoked;
import ledger.account.event.FamilyRegistrationRevoked;
import ledger.account.event.RegisteredAsFamilyMember;
import ledger.account.value.Relation;
import ledger.payment.InMemoryLedger;
import ledger.refusal.ConflictWithHistory;
import ledger.refusal.InvalidInput;
import ledger.refusal.NotFound;
import ledger.refusal.RuleRefusal;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Registering and revoking family members (domain-rules §5), on the real command bus and event store. */
class FamilyRegistrationsTest {

    private static final String MOTHER = "110101198005200011";
    private static final String FATHER = "110101197803030033";
    private static final String CHILD_ID = "110101201001010022";
    private static final String SHANGHAI_AUNT = "310101198207070044";
    private static final String UNINSURED = "110101195001010055";
    private static final LocalDate OPENED = LocalDate.of(2022, 1, 10);
    /** Beijing opens family registration on 2022-10-15 (000 Q9, Q19). */
    private static final LocalDate REGISTRATION_OPENS = LocalDate.of(2022, 10, 15);
    private static final LocalDate OCTOBER_20 = LocalDate.of(2022, 10, 20);

    private final InMemoryLedger ledger = new InMemoryLedger();
    private Map<String, List<Object>> before;

    @BeforeEach
    void openAccounts() {
        open(MOTHER, "BEIJING", LocalDate.of(1980, 5, 20));
        open(FATHER, "BEIJING", LocalDate.of(1978, 3, 3));
        open(CHILD_ID, "BEIJING", LocalDate.of(2004, 1, 1));
        open(SHANGHAI_AUNT, "SHANGHAI", LocalDate.of(1982, 7, 7));
        markHistories();
    }

    @AfterEach
    void closeLedger() {
        ledger.close();
    }

    @Test
    void recordsTheRegistrationInTheHoldersHistoryAndTheMembersFundingOrder() {
        ledger.send(new RegisterFamilyMember(MOTHER, CHILD_ID, CHILD, REGISTRATION_OPENS));

        assertThat(newEventsOf(MOTHER)).containsExactly(
                new FamilyMemberRegistered(MOTHER, CHILD_ID, CHILD, REGISTRATION_OPENS));
        assertThat(newEventsOf(CHILD_ID)).containsExactly(
                new RegisteredAsFamilyMember(CHILD_ID, MOTHER, CHILD, REGISTRATION_OPENS, List.of(MOTHER)));
    }

    @Test
    void addsEachLaterRegistrantAtTheEndOfTheFundingOrder() {
        ledger.send(new RegisterFamilyMember(MOTHER, CHILD_ID, CHILD, OCTOBER_20));
        ledger.send(new RegisterFamilyMember(FATHER, CHILD_ID, CHILD, OCTOBER_20.plusDays(5)));

        assertThat(newEventsOf(FATHER)).containsExactly(
                new FamilyMemberRegistered(FATHER, CHILD_ID, CHILD, OCTOBER_20.plusDays(5)));
        assertThat(newEventsOf(CHILD_ID)).containsExactly(
                new RegisteredAsFamilyMember(CHILD_ID, MOTHER, CHILD, OCTOBER_20, List.of(MOTHER)),
                new RegisteredAsFamilyMember(CHILD_ID, FATHER, CHILD, OCTOBER_20.plusDays(5), List.of(MOTHER, FATHER)));
    }

    @Test
    void letsOneHolderRegisterSeveralMembers() {
        ledger.send(new RegisterFamilyMember(MOTHER, CHILD_ID, CHILD, OCTOBER_20));
        ledger.send(new RegisterFamilyMember(MOTHER, FATHER, SPOUSE, OCTOBER_20));

        assertThat(newEventsOf(MOTHER)).containsExactly(
                new FamilyMemberRegistered(MOTHER, CHILD_ID, CHILD, OCTOBER_20),
                new FamilyMemberRegistered(MOTHER, FATHER, SPOUSE, OCTOBER_20));
        assertThat(newEventsOf(FATHER)).containsExactly(
                new RegisteredAsFamilyMember(FATHER, MOTHER, SPOUSE, OCTOBER_20, List.of(MOTHER)));
    }

    @Test
    void cannotRegisterBeforeTheRegionOpensRegistration() {
        ledger.assertRefused(new RegisterFamilyMember(MOTHER, CHILD_ID, CHILD, REGISTRATION_OPENS.minusDays(1)),
                RuleRefusal.class, "family-registration-not-open");

        assertNothingWritten();
    }

    @Test
    void cannotRegisterAMemberInsuredInAnotherRegion() {
        ledger.assertRefused(new RegisterFamilyMember(MOTHER, SHANGHAI_AUNT, Relation.PARENT, OCTOBER_20),
                RuleRefusal.class, "member-in-other-region");

        assertNothingWritten();
    }

    @Test
    void cannotRegisterAMemberWithoutAnAccount() {
        ledger.assertRefused(new RegisterFamilyMember(MOTHER, UNINSURED, Relation.PARENT, OCTOBER_20),
                RuleRefusal.class, "member-not-insured");

        assertNothingWritten();
        assertThat(ledger.eventsOf(UNINSURED)).isEmpty();
    }

    @Test
    void cannotRegisterForAHolderWithoutAnAccount() {
        assertThatThrownBy(() -> ledger.send(new RegisterFamilyMember(UNINSURED, CHILD_ID, Relation.PARENT,
                OCTOBER_20))).isInstanceOf(AggregateNotFoundException.class);

        assertNothingWritten();
    }

    @Test
    void cannotRegisterTheSameMemberTwice() {
        ledger.send(new RegisterFamilyMember(MOTHER, CHILD_ID, CHILD, OCTOBER_20));
        markHistories();

        ledger.assertRefused(new RegisterFamilyMember(MOTHER, CHILD_ID, CHILD, OCTOBER_20.plusDays(1)),
                ConflictWithHistory.class, "member-already-registered");

        assertNothingWritten();
    }

    @Test
    void cannotRegisterOneself() {
        ledger.assertRefused(new RegisterFamilyMember(MOTHER, MOTHER, SPOUSE, OCTOBER_20),
                InvalidInput.class, "self-registration");

        assertNothingWritten();
    }

    @Test
    void revokingRecordsBothSidesAndTakesTheHolderOutOfTheFundingOrder() {
        LocalDate revokedOn = LocalDate.of(2023, 2, 1);
        ledger.send(new RegisterFamilyMember(MOTHER, CHILD_ID, CHILD, OCTOBER_20));
        ledger.send(new RegisterFamilyMember(FATHER, CHILD_ID, CHILD, OCTOBER_20));
        markHistories();

        ledger.send(new RevokeFamilyMember(MOTHER, CHILD_ID, revokedOn));

        assertThat(newEventsOf(MOTHER)).containsExactly(new FamilyMemberRevoked(MOTHER, CHILD_ID, revokedOn));
        assertThat(newEventsOf(CHILD_ID)).containsExactly(
                new FamilyRegistrationRevoked(CHILD_ID, MOTHER, revokedOn, List.of(FATHER)));
        assertThat(newEventsOf(FATHER)).isEmpty();
    }

    @Test
    void aRevokedMemberMayBeRegisteredAgainAndJoinsTheEndOfTheOrder() {
        LocalDate revokedOn = LocalDate.of(2023, 2, 1);
        LocalDate registeredAgainOn = LocalDate.of(2023, 3, 1);
        ledger.send(new RegisterFamilyMember(MOTHER, CHILD_ID, CHILD, OCTOBER_20));
        ledger.send(new RegisterFamilyMember(FATHER, CHILD_ID, CHILD, OCTOBER_20));
        ledger.send(new RevokeFamilyMember(MOTHER, CHILD_ID, revokedOn));
        markHistories();

        ledger.send(new RegisterFamilyMember(MOTHER, CHILD_ID, CHILD, registeredAgainOn));

        assertThat(newEventsOf(MOTHER)).containsExactly(
                new FamilyMemberRegistered(MOTHER, CHILD_ID, CHILD, registeredAgainOn));
        assertThat(newEventsOf(CHILD_ID)).containsExactly(
                new RegisteredAsFamilyMember(CHILD_ID, MOTHER, CHILD, registeredAgainOn, List.of(FATHER, MOTHER)));
    }

    @Test
    void cannotRevokeSomeoneWhoIsNotARegisteredMember() {
        ledger.send(new RegisterFamilyMember(MOTHER, CHILD_ID, CHILD, OCTOBER_20));
        markHistories();

        ledger.assertRefused(new RevokeFamilyMember(FATHER, CHILD_ID, LocalDate.of(2023, 2, 1)),
                NotFound.class, "unknown-family-member");

        assertNothingWritten();
    }

    private void open(String personId, String region, LocalDate born) {
        ledger.send(new OpenAccount(personId, region, EMPLOYEE, born, OPENED, null, yuan("100.00")));
    }

    private void markHistories() {
        before = ledger.histories(MOTHER, FATHER, CHILD_ID, SHANGHAI_AUNT);
    }

    private List<Object> newEventsOf(String personId) {
        List<Object> all = ledger.eventsOf(personId);
        return all.subList(before.get(personId).size(), all.size());
    }

    private void assertNothingWritten() {
        assertThat(ledger.histories(MOTHER, FATHER, CHILD_ID, SHANGHAI_AUNT)).isEqualTo(before);
    }
}
