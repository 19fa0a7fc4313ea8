package ledger.account;

import java.util.List;
import java.util.Map;
import ledger.account.command.CloseAccountToHeir;
import ledger.account.receipt.ClosureReceipt;
import ledger.policy.PolicyCatalog;
import ledger.refusal.InvalidInput;
import ledger.refusal.RuleRefusal;
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
        if (command.heirAccountId().equals(command.personId())) {
            throw new InvalidInput("heir-is-deceased", "the heir's account must be another person's account");
        }
        Map<String, Aggregate<PersonalAccount>> both = loadBoth(command);
        Aggregate<PersonalAccount> deceased = both.get(command.personId());
        Aggregate<PersonalAccount> heir = both.get(command.heirAccountId());
        checkHeir(command, deceased.invoke(account -> account.state().region), heir);
        Liquidation.Liquidated liquidated = deceased.invoke(account -> account.bequeath(command, policies));
        if (!liquidated.paidOut().total().isZero()) {
            heir.execute(account -> account.inherit(command.personId(), liquidated.paidOut(), command.closedOn()));
        }
        return liquidated.receipt();
    }

    private static void checkHeir(CloseAccountToHeir command, String region, Aggregate<PersonalAccount> heir) {
        if (heir.invoke(account -> account.state().isClosed())) {
            throw new RuleRefusal("heir-account-closed", "the account of heir " + command.heirAccountId()
                    + " is closed; pay the balance out to the heirs instead");
        }
        String heirRegion = heir.invoke(account -> account.state().region);
        if (!heirRegion.equals(region)) {
            throw new RuleRefusal("heir-in-other-region", "heir " + command.heirAccountId() + " is insured in "
                    + heirRegion + ", not in " + region + ": only an account of the region is credited (004 第九条)");
        }
    }

    private Map<String, Aggregate<PersonalAccount>> loadBoth(CloseAccountToHeir command) {
        try {
            return AccountsInLockOrder.load(accounts, List.of(command.personId(), command.heirAccountId()));
        } catch (AggregateNotFoundException e) {
            if (command.heirAccountId().equals(e.getAggregateIdentifier())) {
                throw new RuleRefusal("heir-account-unknown", "heir " + command.heirAccountId()
                        + " holds no personal account in the ledger; pay the balance out to the heirs instead");
            }
            throw e;
        }
    }
}
