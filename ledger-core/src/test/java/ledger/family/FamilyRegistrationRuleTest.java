package ledger.family;

import static org.assertj.core.api.Assertions.assertThat;

import ledger.refusal.ConflictWithHistory;
import ledger.refusal.NotFound;
import ledger.refusal.Refusal;
import ledger.refusal.RuleRefusal;
import org.junit.jupiter.api.Test;

/** Whom a holder has registered: once each, a bounded number, and only those are revoked (domain-rules §5). */
class FamilyRegistrationRuleTest {

    private static final String HOLDER = "110101198005200011";
    private static final String MEMBER = "110101201001010011";

    @Test
    void cannotRegisterAMemberTwice() {
        assertThat(FamilyRegistrationRule.notRegisteredYet(HOLDER, MEMBER, true).refusal()).get()
                .isInstanceOf(ConflictWithHistory.class).extracting(Refusal::code)
                .isEqualTo("member-already-registered");
        assertThat(FamilyRegistrationRule.notRegisteredYet(HOLDER, MEMBER, false).isAllowed()).isTrue();
    }

    @Test
    void cannotRegisterMoreMembersThanTheBound() {
        assertThat(FamilyRegistrationRule.roomForMember(HOLDER, 32, 32).refusal()).get()
                .isInstanceOf(RuleRefusal.class).extracting(Refusal::code, Refusal::getMessage).containsExactly(
                        "too-many-family-members", HOLDER + " has registered 32 family members, the most one account "
                                + "holds");
        assertThat(FamilyRegistrationRule.roomForMember(HOLDER, 31, 32).isAllowed()).isTrue();
    }

    @Test
    void cannotRevokeAPersonNeverRegistered() {
        assertThat(FamilyRegistrationRule.registered(HOLDER, MEMBER, false).refusal()).get()
                .isInstanceOf(NotFound.class).extracting(Refusal::code).isEqualTo("unknown-family-member");
        assertThat(FamilyRegistrationRule.registered(HOLDER, MEMBER, true).isAllowed()).isTrue();
    }
}
