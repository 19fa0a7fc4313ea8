package ledger.account;

import java.util.List;
import java.util.Map;
import ledger.account.command.RegisterFamilyMember;
import ledger.account.command.RevokeFamilyMember;
import ledger.account.event.ResidentMemberRecorded;
import ledger.account.value.MemberScheme;
import ledger.family.FamilyRegistrationRule;
import ledger.policy.PolicyCatalog;
import ledger.refusal.RuleRefusal;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

/**
 * Registers and revokes family members (家庭共济备案, domain-rules §5). Each change is recorded in both
 * histories, the holder's and the member's, in one unit of work: both or neither.
 */
public class FamilyRegistrations {

    private final Repository<PersonalAccount> accounts;
    private final PolicyCatalog policies;

    public FamilyRegistrations(Repository<PersonalAccount> accounts, PolicyCatalog policies) {
        this.accounts = accounts;
        this.policies = policies;
    }

    @CommandHandler
    public void handle(RegisterFamilyMember command) throws Exception {
        if (command.memberRegion() != null) {
            policies.region(command.memberRegion());
        }
        Map<String, Aggregate<PersonalAccount>> both = loadOrRecordMember(command);
        Aggregate<PersonalAccount> holder = both.get(command.holderId());
        Aggregate<PersonalAccount> member = both.get(command.memberId());
        FamilyRegistrationRule.schemeMatches(command, member.invoke(account -> account.state().resident)).enforce();
        String memberRegion = member.invoke(account -> account.state().region);
        holder.execute(account -> account.registerMember(command.memberId(), command.relation(),
                command.registeredOn(), memberRegion, policies.region(account.state().region).familyAid()));
        member.execute(account -> account.acceptRegistration(command.holderId(), command.relation(),
                command.registeredOn()));
    }

    @CommandHandler
    public void handle(RevokeFamilyMember command) {
        Map<String, Aggregate<PersonalAccount>> both = loadBoth(command.holderId(), command.memberId());
        both.get(command.holderId()).execute(account -> account.revokeMember(command.memberId(), command.revokedOn()));
        both.get(command.memberId()).execute(account -> account.dropRegistration(command.holderId(),
                command.revokedOn()));
    }

    /**
     * A resident-scheme member nobody registered yet is recorded now (domain-rules §5), insured in the
     * region named or else the holder's; if the registration is refused, the record is not kept either.
     */
    private Map<String, Aggregate<PersonalAccount>> loadOrRecordMember(RegisterFamilyMember command)
            throws Exception {
        try {
            return AccountsInLockOrder.load(accounts, List.of(command.holderId(), command.memberId()));
        } catch (AggregateNotFoundException e) {
            if (!command.memberId().equals(e.getAggregateIdentifier())
                    || command.memberScheme() != MemberScheme.RESIDENT) {
                throw notInsuredIfMember(e, command.memberId());
            }
            return recordResident(command);
        }
    }

    private Map<String, Aggregate<PersonalAccount>> recordResident(RegisterFamilyMember command) throws Exception {
        Aggregate<PersonalAccount> holder = accounts.load(command.holderId());
        String region = command.memberRegion() != null ? command.memberRegion()
                : holder.invoke(account -> account.state().region);
        Aggregate<PersonalAccount> member = accounts.newInstance(() -> new PersonalAccount(
                new ResidentMemberRecorded(command.memberId(), region, command.registeredOn())));
        return Map.of(command.holderId(), holder, command.memberId(), member);
    }

    private Map<String, Aggregate<PersonalAccount>> loadBoth(String holderId, String memberId) {
        try {
            return AccountsInLockOrder.load(accounts, List.of(holderId, memberId));
        } catch (AggregateNotFoundException e) {
            throw notInsuredIfMember(e, memberId);
        }
    }

    private static RuntimeException notInsuredIfMember(AggregateNotFoundException e, String memberId) {
        if (memberId.equals(e.getAggregateIdentifier())) {
            return new RuleRefusal("member-not-insured", "family member " + memberId
                    + " has no employee medical-insurance account in the ledger; a member must be insured"
                    + " in the same region (000 Q10)");
        }
        return e;
    }
}
