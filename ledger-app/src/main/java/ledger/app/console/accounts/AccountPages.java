package ledger.app.console.accounts;

import java.util.List;
import ledger.account.command.OpenAccount;
import ledger.app.accounts.AccountService;
import ledger.app.family.FamilyService;
import ledger.app.batch.RosterUploads;
import ledger.app.console.FormAttempt;
import ledger.app.console.TypedDate;
import ledger.money.Money;
import ledger.policy.Category;
import ledger.policy.InsuranceStatus;
import ledger.policy.PolicyCatalog;
import ledger.projections.account.AccountReadModels;
import ledger.projections.account.AccountView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The caseworker finds a person, opens an account, sees it at a glance and credits a month. */
@Controller
class AccountPages {

    private static final int MAX_FOUND = 20;

    private final AccountService accounts;
    private final FamilyService family;
    private final AccountReadModels readModels;
    private final AccountPage page;
    private final FormAttempt attempt;
    private final PolicyCatalog policies;

    AccountPages(AccountService accounts, FamilyService family, AccountReadModels readModels, AccountPage page,
                 FormAttempt attempt, PolicyCatalog policies) {
        this.accounts = accounts;
        this.family = family;
        this.readModels = readModels;
        this.page = page;
        this.attempt = attempt;
        this.policies = policies;
    }

    /**
     * A whole id opens the account, or the page of a resident-scheme member; part of one (its beginning)
     * lists the accounts it starts.
     */
    @GetMapping("/console/accounts")
    String find(@RequestParam(required = false) String q, Model model) {
        String wanted = q == null ? "" : q.strip();
        if (!wanted.isEmpty()) {
            if (readModels.account(wanted).isPresent() || family.residentMember(wanted).isPresent()) {
                return "redirect:/console/accounts/" + wanted;
            }
            List<AccountView> found = readModels.accountsStartingWith(wanted, MAX_FOUND);
            model.addAttribute("found", found);
            model.addAttribute("foundAll", found.size() < MAX_FOUND);
        }
        return search(model);
    }

    @PostMapping("/console/accounts")
    String open(@RequestParam String personId, @RequestParam String region, @RequestParam String category,
                @RequestParam String birthDate, @RequestParam String openedOn,
                @RequestParam(required = false) String legacyWithdrawableBalance, Model model) {
        return attempt.run(model, "open", () -> {
            String id = personId.strip();
            accounts.open(new OpenAccount(id, region, Category.valueOf(category), TypedDate.required(birthDate),
                    TypedDate.required(openedOn), null, optionalMoney(legacyWithdrawableBalance)));
            return "redirect:/console/accounts/" + id;
        }, () -> search(model));
    }

    @GetMapping("/console/accounts/{personId}")
    String account(@PathVariable String personId, Model model) {
        return page.fill(model, personId);
    }

    /** One month's credit posted at the counter, as the API posts it (the batches post whole rosters). */
    @PostMapping("/console/accounts/{personId}/credits")
    String credit(@PathVariable String personId, @RequestParam String period,
                  @RequestParam(required = false) String contributionBase,
                  @RequestParam(required = false) String creditedOn, Model model, RedirectAttributes redirect) {
        return attempt.run(model, "credit", () -> {
            accounts.credit(personId, RosterUploads.period(period.strip()), optionalMoney(contributionBase),
                    TypedDate.parse(creditedOn));
            redirect.addFlashAttribute("done", "done.credited");
            return "redirect:/console/accounts/" + personId;
        }, () -> page.fill(model, personId));
    }

    @PostMapping("/console/accounts/{personId}/retirement")
    String retire(@PathVariable String personId, @RequestParam String retiredOn, Model model,
                  RedirectAttributes redirect) {
        return attempt.run(model, "retirement", () -> {
            accounts.retire(personId, TypedDate.required(retiredOn));
            redirect.addFlashAttribute("done", "done.retirement");
            return "redirect:/console/accounts/" + personId;
        }, () -> page.fill(model, personId));
    }

    /** Null for an empty field. */
    private static Money optionalMoney(String typed) {
        return typed == null || typed.isBlank() ? null : Money.parse(typed.strip());
    }

    @PostMapping("/console/accounts/{personId}/insurance-status")
    String changeStatus(@PathVariable String personId, @RequestParam String status, @RequestParam String effectiveOn,
                        Model model, RedirectAttributes redirect) {
        return attempt.run(model, "status", () -> {
            accounts.changeStatus(personId, InsuranceStatus.valueOf(status),
                    TypedDate.required(effectiveOn));
            redirect.addFlashAttribute("done", "done.status");
            return "redirect:/console/accounts/" + personId;
        }, () -> page.fill(model, personId));
    }

    private String search(Model model) {
        model.addAttribute("regions", policies.regionNames());
        model.addAttribute("categories", Category.values());
        return "console/accounts/search";
    }
}
