package ledger.app.console.accounts;

import java.util.List;
import ledger.app.accounts.AccountService;
import ledger.app.accounts.FamilyService;
import ledger.policy.Category;
import ledger.policy.PolicyCatalog;
import ledger.projections.account.AccountReadModels;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the account at a glance: its facts and pots, the last entries, both directions of the family. */
@Component
class AccountPage {

    static final String VIEW = "console/accounts/account";
    private static final int LAST_ENTRIES = 10;

    private final AccountService accounts;
    private final FamilyService family;
    private final AccountReadModels readModels;
    private final PolicyCatalog policies;

    AccountPage(AccountService accounts, FamilyService family, AccountReadModels readModels, PolicyCatalog policies) {
        this.accounts = accounts;
        this.family = family;
        this.readModels = readModels;
        this.policies = policies;
    }

    String fill(Model model, String personId) {
        model.addAttribute("account", accounts.account(personId));
        model.addAttribute("entries", readModels.latestEntries(personId, LAST_ENTRIES));
        model.addAttribute("registered", family.membersRegisteredBy(personId));
        List<String> order = family.fundingOrder(personId);
        model.addAttribute("familyAccounts", order.subList(1, order.size()));
        model.addAttribute("regions", policies.regionNames());
        model.addAttribute("relations", ledger.account.Relation.values());
        model.addAttribute("reasons", ledger.account.ClosureReason.values());
        model.addAttribute("categories", Category.values());
        return VIEW;
    }
}
