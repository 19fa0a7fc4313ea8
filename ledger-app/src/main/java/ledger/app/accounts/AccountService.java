package ledger.app.accounts;

import java.time.LocalDate;
import java.util.Optional;
import ledger.account.OpenAccount;
import ledger.account.RecordRetirement;
import ledger.app.web.UnknownAccount;
import ledger.projections.account.AccountReadModels;
import ledger.projections.account.AccountView;
import ledger.refusal.ConflictWithHistory;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Service;

/** Opening an account and recording a retirement, for the API and the console alike. */
@Service
public class AccountService {

    private final CommandGateway commands;
    private final AccountReadModels readModels;
    private final ReadModelCatchUp catchUp;

    AccountService(CommandGateway commands, AccountReadModels readModels, ReadModelCatchUp catchUp) {
        this.commands = commands;
        this.readModels = readModels;
        this.catchUp = catchUp;
    }

    /** Empty when the read models are being rebuilt and do not show the account yet. */
    public Optional<AccountView> open(OpenAccount command) {
        try {
            commands.sendAndWait(command);
        } catch (ConcurrencyException | AggregateStreamCreationException existing) {
            throw new ConflictWithHistory("account-exists", "an account for person " + command.personId()
                    + " already exists; an account is opened once");
        }
        catchUp.awaitAccount(command.personId());
        return readModels.account(command.personId());
    }

    public AccountView account(String personId) {
        return readModels.account(personId).orElseThrow(() -> new UnknownAccount(personId));
    }

    public AccountView retire(String personId, LocalDate retiredOn) {
        commands.sendAndWait(new RecordRetirement(personId, retiredOn));
        catchUp.awaitAccount(personId);
        return account(personId);
    }
}
