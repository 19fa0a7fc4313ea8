package ledger.projections.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import ledger.account.event.AccountDebited;
import ledger.account.event.FamilyMemberRegistered;
import ledger.account.event.FamilyMemberRevoked;
import ledger.account.event.RefundCredited;
import ledger.account.value.MemberScheme;
import ledger.account.value.PaymentPurpose;
import ledger.account.value.RefundKind;
import ledger.account.value.Relation;
import ledger.money.Balances;
import ledger.money.Money;
import ledger.money.Pot;
import ledger.projections.ReadModelDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The family read models' handlers called directly, as Axon calls them, over a fresh in-memory
 * database: whom a holder registered, the member's scheme, and what each spent (000 Q19, Q27, Q31).
 */
class FamilyMembersProjectionTest {

    private static final String HOLDER = "110101198005200011";
    private static final String SPOUSE = "110101197803030033";
    private static final String CHILD = "110101201505050066";
    private static final LocalDate OCTOBER_20 = LocalDate.of(2022, 10, 20);
    private static final OffsetDateTime MAY_1 = OffsetDateTime.of(2024, 5, 1, 9, 30, 0, 0, ZoneOffset.ofHours(8));

    private FamilyMembersProjection projection;
    private JdbcTemplate jdbc;
    private FamilyMembers members;

    @BeforeEach
    void freshDatabase() {
        jdbc = ReadModelDatabase.fresh("family-members");
        projection = new FamilyMembersProjection(jdbc);
        members = new FamilyMembers(jdbc);
    }

    @Test
    void listsTheMembersInRegistrationOrderWithTheirSchemeAndWhatEachSpent() {
        jdbc.update("INSERT INTO resident_member (person_id, region, recorded_on, last_sequence) "
                + "VALUES (?, 'BEIJING', ?, 1)", CHILD, OCTOBER_20);
        projection.on(new FamilyMemberRegistered(HOLDER, SPOUSE, Relation.SPOUSE, OCTOBER_20), 3);
        projection.on(new FamilyMemberRegistered(HOLDER, CHILD, Relation.CHILD, OCTOBER_20), 4);
        projection.on(debit(CHILD, CHILD, "p-1", "200.00"), 5);
        projection.on(debit(HOLDER, CHILD, "p-2", "280.00"), 6);
        projection.on(debit(HOLDER, HOLDER, "p-3", "99.00"), 7);

        assertThat(members.registeredBy(HOLDER)).containsExactly(
                new FamilyMemberView(SPOUSE, Relation.SPOUSE, MemberScheme.EMPLOYEE, OCTOBER_20, Money.ZERO),
                new FamilyMemberView(CHILD, Relation.CHILD, MemberScheme.RESIDENT, OCTOBER_20, yuan("480.00")));
    }

    @Test
    void aRefundIntoTheHoldersAccountLowersWhatTheMemberSpent() {
        projection.on(new FamilyMemberRegistered(HOLDER, CHILD, Relation.CHILD, OCTOBER_20), 4);
        projection.on(debit(CHILD, CHILD, "p-1", "200.00"), 5);
        projection.on(new RefundCredited(HOLDER, "p-1", "r-1", RefundKind.REFUND, Pot.EARMARKED, yuan("50.00"),
                LocalDate.of(2024, 5, 2), Balances.EMPTY), 6);

        assertThat(members.registeredBy(HOLDER)).extracting(FamilyMemberView::spent).containsExactly(yuan("150.00"));
    }

    @Test
    void anEventDeliveredTwiceIsCountedOnce() {
        FamilyMemberRegistered registered = new FamilyMemberRegistered(HOLDER, CHILD, Relation.CHILD, OCTOBER_20);
        AccountDebited debited = debit(CHILD, CHILD, "p-1", "200.00");

        projection.on(registered, 4);
        projection.on(registered, 4);
        projection.on(debited, 5);
        projection.on(debited, 5);

        assertThat(members.registeredBy(HOLDER)).extracting(FamilyMemberView::spent).containsExactly(yuan("200.00"));
    }

    @Test
    void aRevokedMemberIsNoLongerListedButARedeliveredRevocationKeepsALaterRegistration() {
        FamilyMemberRevoked revoked = new FamilyMemberRevoked(HOLDER, CHILD, OCTOBER_20.plusDays(3));
        projection.on(new FamilyMemberRegistered(HOLDER, CHILD, Relation.CHILD, OCTOBER_20), 4);
        projection.on(revoked, 5);
        assertThat(members.registeredBy(HOLDER)).isEmpty();

        projection.on(new FamilyMemberRegistered(HOLDER, CHILD, Relation.CHILD, OCTOBER_20.plusDays(5)), 6);
        projection.on(revoked, 5);

        assertThat(members.registeredBy(HOLDER)).extracting(FamilyMemberView::registeredOn)
                .containsExactly(OCTOBER_20.plusDays(5));
    }

    private static AccountDebited debit(String payer, String beneficiary, String paymentId, String amount) {
        return new AccountDebited(HOLDER, paymentId, Pot.EARMARKED, yuan(amount), payer, beneficiary,
                PaymentPurpose.MEDICAL, "H11010800001", MAY_1, MAY_1.toLocalDate(), Balances.EMPTY);
    }

    private static Money yuan(String amount) {
        return Money.parse(amount);
    }
}
