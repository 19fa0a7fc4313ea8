package ledger.account;

import java.util.List;
import java.util.Map;
import ledger.account.command.CloseAccountToHeir;
import ledger.account.receipt.ClosureReceipt;
import ledger.closing.InheritanceRule;
import ledger.policy.PolicyCatalog;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

/**
 * On death, the balance goes into an heir's account in the region (004 第九条, 002 汉 第十条, 玉 第十八条):
 * the deceased's liquidation and the heir's credit are recorded in one unit of work, both or neither.
 */
public class Inheritances {

    private final Repository<PersonalAccount> accounts;
    private final PolicyCatalog policies;

    public Inheritances(Repository<PersonalAccount> accounts, PolicyCatalog policies) {
        this.accounts = accounts;
        this.policies = policies;
    }

    @CommandHandler
    public ClosureReceipt handle(CloseAccountToHeir command) {
        InheritanceRule.heirIsAnother(command).enforce();
        Map<String, Aggregate<PersonalAccount>> both = loadBoth(command);
        Aggregate<PersonalAccount> deceased = both.get(command.personId());
        Aggregate<PersonalAccount> heir = both.get(command.heirAccountId());
        InheritanceRule.heirAccountOpen(command, heir.invoke(account -> account.state().isClosed())).enforce();
        InheritanceRule.heirInRegion(command, heir.invoke(account -> account.state().region),
                deceased.invoke(account -> account.state().region)).enforce();
        Liquidation.Liquidated liquidated = deceased.invoke(account -> account.bequeath(command, policies));
        if (!liquidated.paidOut().total().isZero()) {
            heir.execute(account -> account.inherit(command.personId(), liquidated.paidOut(), command.closedOn()));
        }
        return liquidated.receipt();
    }

    private Map<String, Aggregate<PersonalAccount>> loadBoth(CloseAccountToHeir command) {
        try {
            return AccountsInLockOrder.load(accounts, List.of(command.personId(), command.heirAccountId()));
        } catch (AggregateNotFoundException e) {
            InheritanceRule.heirHoldsAccount(command, !command.heirAccountId().equals(e.getAggregateIdentifier()))
                    .enforce();
            throw e;
        }
    }
}
