package ledger.account;

import java.time.LocalDate;
import ledger.account.event.FamilyMemberRegistered;
import ledger.account.event.FamilyMemberRevoked;
import ledger.account.event.FamilyRegistrationRevoked;
import ledger.account.event.RegisteredAsFamilyMember;
import ledger.account.value.Relation;
import ledger.family.FamilyRegistrationRule;
import ledger.policy.FamilyAidPolicy;

/** Each side of a family registration (domain-rules §5): the events of one account, not yet applied. */
final class FamilyMembership {

    private FamilyMembership() {
    }

    /** As holder: lets {@code memberId}, insured in {@code memberRegion}, use this account. */
    static FamilyMemberRegistered register(AccountState holder, String memberId, Relation relation,
                                           LocalDate registeredOn, String memberRegion, FamilyAidPolicy familyAid) {
        holder.ensureHoldsAccount();
        holder.ensureOpen();
        FamilyRegistrationRule.notSelf(holder.personId, memberId).enforce();
        FamilyRegistrationRule.memberRegionAdmitted(holder.region, memberId, memberRegion, familyAid).enforce();
        FamilyRegistrationRule.registrationOpen(holder.region, registeredOn, familyAid).enforce();
        holder.ensureOpenedBy("a family registration", registeredOn);
        FamilyRegistrationRule.notRegisteredYet(holder.personId, memberId, holder.family.isMember(memberId)).enforce();
        FamilyRegistrationRule.roomForMember(holder.personId, holder.family.memberCount(), FamilyTies.MAX_TIES).enforce();
        return new FamilyMemberRegistered(holder.personId, memberId, relation, registeredOn);
    }

    /** As member: the holder's account joins the end of this member's funding order. */
    static RegisteredAsFamilyMember accept(AccountState member, String holderId, Relation relation,
                                           LocalDate registeredOn) {
        member.ensureOpen();
        member.ensureOpenedBy("a family registration", registeredOn);
        return new RegisteredAsFamilyMember(member.personId, holderId, relation, registeredOn,
                member.family.orderAfterJoining(holderId));
    }

    static FamilyMemberRevoked revoke(AccountState holder, String memberId, LocalDate revokedOn) {
        FamilyRegistrationRule.registered(holder.personId, memberId, holder.family.isMember(memberId)).enforce();
        return new FamilyMemberRevoked(holder.personId, memberId, revokedOn);
    }

    static FamilyRegistrationRevoked drop(AccountState member, String holderId, LocalDate revokedOn) {
        return new FamilyRegistrationRevoked(member.personId, holderId, revokedOn,
                member.family.orderAfterLeaving(holderId));
    }
}
