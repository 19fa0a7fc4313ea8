package ledger.family;

import java.time.LocalDate;
import ledger.account.command.RegisterFamilyMember;
import ledger.account.value.MemberScheme;
import ledger.policy.FamilyAidPolicy;
import ledger.refusal.ConflictWithHistory;
import ledger.refusal.Decision;
import ledger.refusal.InvalidInput;
import ledger.refusal.NotFound;
import ledger.refusal.RuleRefusal;

/** Who an account holder may register as a family member, and from when (domain-rules §5, 000 Q10). */
public final class FamilyRegistrationRule {

    private FamilyRegistrationRule() {
    }

    /** A member is registered under the scheme he is recorded in: resident (no account) or employee. */
    public static Decision schemeMatches(RegisterFamilyMember command, boolean recordedAsResident) {
        return Decision.unless(recordedAsResident != (command.memberScheme() == MemberScheme.RESIDENT),
                () -> new RuleRefusal("member-scheme-mismatch", "family member " + command.memberId() + " is "
                        + (recordedAsResident ? "a member of the resident scheme, without an account of his own"
                        : "insured in the employee scheme with an account of his own") + "; register him with "
                        + "memberScheme " + (recordedAsResident ? MemberScheme.RESIDENT : MemberScheme.EMPLOYEE)
                        + " (000 Q10)"));
    }

    public static Decision notSelf(String holderId, String memberId) {
        return Decision.unless(memberId.equals(holderId), () -> new InvalidInput("self-registration",
                "an account holder cannot register himself as a family member"));
    }

    public static Decision memberRegionAdmitted(String region, String memberId, String memberRegion,
                                                FamilyAidPolicy familyAid) {
        return Decision.unless(!familyAid.admitsMemberFrom(region, memberRegion), () -> new RuleRefusal(
                "member-in-other-region", "family member " + memberId + " is insured in " + memberRegion + ", not in "
                + region + " or a region its members may come from (000 Q10; " + familyAid.source() + ")"));
    }

    public static Decision registrationOpen(String region, LocalDate registeredOn, FamilyAidPolicy familyAid) {
        return Decision.unless(registeredOn.isBefore(familyAid.registrationFrom()), () -> new RuleRefusal(
                "family-registration-not-open", region + " registers family members from "
                + familyAid.registrationFrom() + " (" + familyAid.source() + "); asked for " + registeredOn));
    }

    public static Decision notRegisteredYet(String holderId, String memberId, boolean registered) {
        return Decision.unless(registered, () -> new ConflictWithHistory("member-already-registered", memberId
                + " is already registered as a family member of " + holderId));
    }

    /** {@code most} bounds the list of ties, it is not a policy: spouse, parents and children fit. */
    public static Decision roomForMember(String holderId, int registered, int most) {
        return Decision.unless(registered >= most, () -> new RuleRefusal("too-many-family-members", holderId
                + " has registered " + most + " family members, the most one account holds"));
    }

    /** Only a registered member's registration is revoked. */
    public static Decision registered(String holderId, String memberId, boolean registered) {
        return Decision.unless(!registered, () -> new NotFound("unknown-family-member", memberId
                + " is not a registered family member of " + holderId));
    }
}
