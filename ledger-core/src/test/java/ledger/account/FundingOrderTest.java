package ledger.account;

import static ledger.account.AccountFixtures.accountFixture;
import static ledger.account.value.Relation.CHILD;
import static ledger.policy.Category.EMPLOYEE;

import java.time.LocalDate;
import java.util.List;
import ledger.account.command.ChangeFundingOrder;
import ledger.account.event.AccountOpened;
import ledger.account.event.FamilyRegistrationRevoked;
import ledger.account.event.FundingOrderChanged;
import ledger.account.event.RegisteredAsFamilyMember;
import ledger.refusal.RuleRefusal;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The member may put the accounts of those who registered him in another order (000 Q27). */
class FundingOrderTest {

    private static final String MEMBER = "110101201001010022";
    private static final String MOTHER = "110101198005200011";
    private static final String FATHER = "110101197803030033";
    private static final String STRANGER = "110101195001010055";
    private static final LocalDate OCTOBER_20 = LocalDate.of(2022, 10, 20);
    private static final LocalDate CHANGED_ON = LocalDate.of(2023, 1, 5);
    private static final Object[] REGISTERED_BY_MOTHER_THEN_FATHER = {
            new AccountOpened(MEMBER, "BEIJING", EMPLOYEE, LocalDate.of(2004, 1, 1), LocalDate.of(2022, 1, 10), null),
            new RegisteredAsFamilyMember(MEMBER, MOTHER, CHILD, OCTOBER_20, List.of(MOTHER)),
            new RegisteredAsFamilyMember(MEMBER, FATHER, CHILD, OCTOBER_20, List.of(MOTHER, FATHER))};

    private final RefusalRecorder refusals = new RefusalRecorder();
    private AggregateTestFixture<PersonalAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = accountFixture(refusals);
    }

    @Test
    void canPutTheFamilyAccountsInAnotherOrder() {
        fixture.given(REGISTERED_BY_MOTHER_THEN_FATHER)
                .when(new ChangeFundingOrder(MEMBER, List.of(FATHER, MOTHER), CHANGED_ON))
                .expectEvents(new FundingOrderChanged(MEMBER, List.of(FATHER, MOTHER), CHANGED_ON));
    }

    @Test
    void canRestateTheSameOrder() {
        fixture.given(REGISTERED_BY_MOTHER_THEN_FATHER)
                .when(new ChangeFundingOrder(MEMBER, List.of(MOTHER, FATHER), CHANGED_ON))
                .expectEvents(new FundingOrderChanged(MEMBER, List.of(MOTHER, FATHER), CHANGED_ON));
    }

    @Test
    void theNewOrderIsTheOneLaterChangesArePermutationsOf() {
        fixture.given(REGISTERED_BY_MOTHER_THEN_FATHER)
                .andGiven(new FundingOrderChanged(MEMBER, List.of(FATHER, MOTHER), CHANGED_ON),
                        new FamilyRegistrationRevoked(MEMBER, FATHER, CHANGED_ON.plusDays(1), List.of(MOTHER)))
                .when(new ChangeFundingOrder(MEMBER, List.of(MOTHER), CHANGED_ON.plusDays(2)))
                .expectEvents(new FundingOrderChanged(MEMBER, List.of(MOTHER), CHANGED_ON.plusDays(2)));
    }

    @Test
    void cannotListAnAccountThatDidNotRegisterTheMember() {
        fixture.given(REGISTERED_BY_MOTHER_THEN_FATHER)
                .when(new ChangeFundingOrder(MEMBER, List.of(FATHER, STRANGER), CHANGED_ON))
                .expectNoEvents();

        refusals.assertRefused(RuleRefusal.class, "not-a-permutation");
    }

    @Test
    void cannotLeaveOutAnAccountThatRegisteredTheMember() {
        fixture.given(REGISTERED_BY_MOTHER_THEN_FATHER)
                .when(new ChangeFundingOrder(MEMBER, List.of(FATHER), CHANGED_ON))
                .expectNoEvents();

        refusals.assertRefused(RuleRefusal.class, "not-a-permutation");
    }

    @Test
    void cannotListAnAccountTwice() {
        fixture.given(REGISTERED_BY_MOTHER_THEN_FATHER)
                .when(new ChangeFundingOrder(MEMBER, List.of(FATHER, MOTHER, FATHER), CHANGED_ON))
                .expectNoEvents();

        refusals.assertRefused(RuleRefusal.class, "not-a-permutation");
    }

    @Test
    void cannotListAnAccountTwiceInPlaceOfAnother() {
        fixture.given(REGISTERED_BY_MOTHER_THEN_FATHER)
                .when(new ChangeFundingOrder(MEMBER, List.of(FATHER, FATHER), CHANGED_ON))
                .expectNoEvents();

        refusals.assertRefused(RuleRefusal.class, "not-a-permutation");
    }

    @Test
    void cannotListTheOwnAccountWhichAlwaysComesFirst() {
        fixture.given(REGISTERED_BY_MOTHER_THEN_FATHER)
                .when(new ChangeFundingOrder(MEMBER, List.of(MEMBER, FATHER, MOTHER), CHANGED_ON))
                .expectNoEvents();

        refusals.assertRefused(RuleRefusal.class, "not-a-permutation");
    }

    @Test
    void cannotNameARevokedRegistrant() {
        fixture.given(REGISTERED_BY_MOTHER_THEN_FATHER)
                .andGiven(new FamilyRegistrationRevoked(MEMBER, MOTHER, CHANGED_ON, List.of(FATHER)))
                .when(new ChangeFundingOrder(MEMBER, List.of(MOTHER, FATHER), CHANGED_ON.plusDays(1)))
                .expectNoEvents();

        refusals.assertRefused(RuleRefusal.class, "not-a-permutation");
    }
}
