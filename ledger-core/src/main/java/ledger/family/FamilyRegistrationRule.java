package ledger.family;

import java.time.LocalDate;
import ledger.account.command.RegisterFamilyMember;
import ledger.account.value.MemberScheme;
import ledger.policy.FamilyAidPolicy;
import ledger.refusal.Decision;
import ledger.refusal.InvalidInput;
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
}
