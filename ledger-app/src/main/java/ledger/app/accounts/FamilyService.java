package ledger.app.accounts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ledger.account.ChangeFundingOrder;
import ledger.account.RegisterFamilyMember;
import ledger.account.Relation;
import ledger.account.RevokeFamilyMember;
import ledger.app.web.UnknownAccount;
import ledger.projections.account.AccountReadModels;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

/** Family mutual aid (家庭共济, domain-rules §5), for the API and the console alike. */
@Service
public class FamilyService {

    private final CommandGateway commands;
    private final AccountReadModels readModels;
    private final ReadModelCatchUp catchUp;
    private final Clock clock;

    FamilyService(CommandGateway commands, AccountReadModels readModels, ReadModelCatchUp catchUp, Clock clock) {
        this.commands = commands;
        this.readModels = readModels;
        this.catchUp = catchUp;
        this.clock = clock;
    }

    /** {@code registeredOn} defaults to today; answers the date recorded. */
    public LocalDate register(String holderId, String memberId, Relation relation, LocalDate registeredOn) {
        LocalDate on = registeredOn != null ? registeredOn : LocalDate.now(clock);
        commands.sendAndWait(new RegisterFamilyMember(holderId, memberId, relation, on));
        catchUp.awaitAccounts(List.of(holderId, memberId));
        return on;
    }

    public void revoke(String holderId, String memberId) {
        commands.sendAndWait(new RevokeFamilyMember(holderId, memberId, LocalDate.now(clock)));
        catchUp.awaitAccounts(List.of(holderId, memberId));
    }

    /** The accounts the member pays from, own account first. */
    public List<String> fundingOrder(String memberId) {
        readModels.account(memberId).orElseThrow(() -> new UnknownAccount(memberId));
        List<String> accounts = new ArrayList<>(List.of(memberId));
        accounts.addAll(readModels.familyAccountsOf(memberId));
        return accounts;
    }

    /** {@code familyAccounts} lists the family accounts only, in the new order. */
    public List<String> changeFundingOrder(String memberId, List<String> familyAccounts) {
        commands.sendAndWait(new ChangeFundingOrder(memberId, familyAccounts, LocalDate.now(clock)));
        catchUp.awaitAccount(memberId);
        return fundingOrder(memberId);
    }

    /** Whom the holder registered (members whose funding order lists the holder's account). */
    public List<String> membersRegisteredBy(String holderId) {
        return readModels.membersRegisteredBy(holderId);
    }
}
