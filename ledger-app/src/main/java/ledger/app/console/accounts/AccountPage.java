package ledger.app.console.accounts;

import java.util.Optional;
import ledger.account.value.ClosureReason;
import ledger.account.value.MemberScheme;
import ledger.account.value.Relation;
import ledger.app.family.FamilyService;
import ledger.app.web.UnknownAccount;
import ledger.policy.Category;
import ledger.policy.InsuranceStatus;
import ledger.policy.PolicyCatalog;
import ledger.projections.account.AccountReadModels;
import ledger.projections.account.AccountView;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the page of a person: the account at a glance (its facts and pots, the last entries, both
 * directions of the family), or, for a member of the resident scheme, who holds no account, the
 * ledger's record of him and the family accounts he may use.
 */
@Component
class AccountPage {

    static final String VIEW = "console/accounts/account";
    static final String RESIDENT_VIEW = "console/accounts/resident";
    private static final int LAST_ENTRIES = 10;

    private final FamilyService family;
    private final AccountReadModels readModels;
    private final PolicyCatalog policies;

    AccountPage(FamilyService family, AccountReadModels readModels, PolicyCatalog policies) {
        this.family = family;
        this.readModels = readModels;
        this.policies = policies;
    }

    String fill(Model model, String personId) {
        model.addAttribute("familyAccounts", family.familyAccountsOf(personId));
        Optional<AccountView> account = readModels.account(personId);
        if (account.isEmpty()) {
            model.addAttribute("resident", family.residentMember(personId)
                    .orElseThrow(() -> new UnknownAccount(personId)));
            return RESIDENT_VIEW;
        }
        model.addAttribute("account", account.get());
        model.addAttribute("entries", readModels.latestEntries(personId, LAST_ENTRIES));
        model.addAttribute("registered", family.membersOf(personId));
        model.addAttribute("regions", policies.regionNames());
        model.addAttribute("relations", Relation.values());
        model.addAttribute("schemes", MemberScheme.values());
        model.addAttribute("reasons", ClosureReason.values());
        model.addAttribute("categories", Category.values());
        model.addAttribute("insuranceStatuses", InsuranceStatus.values());
        return VIEW;
    }
}
