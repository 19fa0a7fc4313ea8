package ledger.account;

import java.util.List;
import java.util.Map;
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
    public void handle(RegisterFamilyMember command) {
        Map<String, Aggregate<PersonalAccount>> both = loadBoth(command.holderId(), command.memberId());
        Aggregate<PersonalAccount> holder = both.get(command.holderId());
        Aggregate<PersonalAccount> member = both.get(command.memberId());
        String memberRegion = member.invoke(PersonalAccount::region);
        holder.execute(account -> account.registerMember(command.memberId(), command.relation(),
                command.registeredOn(), memberRegion, policies.region(account.region()).familyAid()));
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

    private Map<String, Aggregate<PersonalAccount>> loadBoth(String holderId, String memberId) {
        try {
            return AccountsInLockOrder.load(accounts, List.of(holderId, memberId));
        } catch (AggregateNotFoundException e) {
            if (memberId.equals(e.getAggregateIdentifier())) {
                throw new RuleRefusal("member-not-insured", "family member " + memberId
                        + " has no employee medical-insurance account in the ledger; a member must be insured"
                        + " in the same region (000 Q10)");
            }
            throw e;
        }
    }
}
