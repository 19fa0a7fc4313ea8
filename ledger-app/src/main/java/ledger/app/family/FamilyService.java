package ledger.app.family;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ledger.account.command.ChangeFundingOrder;
import ledger.account.command.RegisterFamilyMember;
import ledger.account.command.RevokeFamilyMember;
import ledger.account.value.MemberScheme;
import ledger.account.value.Relation;
import ledger.app.accounts.ReadModelCatchUp;
import ledger.app.web.UnknownAccount;
import ledger.projections.account.AccountReadModels;
import ledger.projections.account.ResidentMemberView;
import ledger.projections.family.FamilyMemberView;
import ledger.projections.family.FamilyMembers;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

/** Family mutual aid (家庭共济, domain-rules §5), for the API and the console alike. */
@Service
public class FamilyService {

    private final CommandGateway commands;
    private final AccountReadModels readModels;
    private final FamilyMembers familyMembers;
    private final ReadModelCatchUp catchUp;
    private final Clock clock;

    FamilyService(CommandGateway commands, AccountReadModels readModels, FamilyMembers familyMembers,
                  ReadModelCatchUp catchUp, Clock clock) {
        this.commands = commands;
        this.readModels = readModels;
        this.familyMembers = familyMembers;
        this.catchUp = catchUp;
        this.clock = clock;
    }

    /** A member of the employee scheme; {@code registeredOn} defaults to today; answers the date recorded. */
    public LocalDate register(String holderId, String memberId, Relation relation, LocalDate registeredOn) {
        return register(holderId, memberId, relation, registeredOn, MemberScheme.EMPLOYEE, null);
    }

    /**
     * A resident-scheme member is recorded at his first registration, insured in {@code memberRegion}
     * (default: the holder's region).
     */
    public LocalDate register(String holderId, String memberId, Relation relation, LocalDate registeredOn,
                              MemberScheme scheme, String memberRegion) {
        LocalDate on = registeredOn != null ? registeredOn : LocalDate.now(clock);
        commands.sendAndWait(new RegisterFamilyMember(holderId, memberId, relation, on, scheme, memberRegion));
        catchUp.awaitAccounts(List.of(holderId, memberId));
        return on;
    }

    public void revoke(String holderId, String memberId) {
        commands.sendAndWait(new RevokeFamilyMember(holderId, memberId, LocalDate.now(clock)));
        catchUp.awaitAccounts(List.of(holderId, memberId));
    }

    /** The accounts the member pays from, own account first; a resident-scheme member has none of his own. */
    public List<String> fundingOrder(String memberId) {
        List<String> accounts = new ArrayList<>();
        if (readModels.account(memberId).isPresent()) {
            accounts.add(memberId);
        } else if (!readModels.isResidentMember(memberId)) {
            throw new UnknownAccount(memberId);
        }
        accounts.addAll(familyAccountsOf(memberId));
        return accounts;
    }

    /** The family accounts the member pays from, in funding order, without his own. */
    public List<String> familyAccountsOf(String memberId) {
        return readModels.familyAccountsOf(memberId);
    }

    /** The ledger's record of a member of the resident scheme, who has no account (domain-rules §5). */
    public Optional<ResidentMemberView> residentMember(String personId) {
        return readModels.residentMember(personId);
    }

    /** {@code familyAccounts} lists the family accounts only, in the new order. */
    public List<String> changeFundingOrder(String memberId, List<String> familyAccounts) {
        commands.sendAndWait(new ChangeFundingOrder(memberId, familyAccounts, LocalDate.now(clock)));
        catchUp.awaitAccount(memberId);
        return fundingOrder(memberId);
    }

    /** Whom the holder registered and still has, and what each spent from the holder's account (000 Q19, Q31). */
    public List<FamilyMemberView> membersOf(String holderId) {
        readModels.account(holderId).orElseThrow(() -> new UnknownAccount(holderId));
        return familyMembers.registeredBy(holderId);
    }
}
