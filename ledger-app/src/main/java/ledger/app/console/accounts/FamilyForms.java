package ledger.app.console.accounts;

import java.util.ArrayList;
import java.util.List;
import ledger.account.value.MemberScheme;
import ledger.account.value.Relation;
import ledger.app.family.FamilyService;
import ledger.app.console.FormAttempt;
import ledger.app.console.TypedDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Registering family members of either scheme (employee, with an account; resident, without one),
 * revoking them, and reordering a member's funding order.
 */
@Controller
class FamilyForms {

    private final FamilyService family;
    private final AccountPage page;
    private final FormAttempt attempt;

    FamilyForms(FamilyService family, AccountPage page, FormAttempt attempt) {
        this.family = family;
        this.page = page;
        this.attempt = attempt;
    }

    @PostMapping("/console/accounts/{personId}/family-members")
    String register(@PathVariable String personId, @RequestParam String memberId, @RequestParam String relation,
                    @RequestParam(required = false) String registeredOn, @RequestParam String memberScheme,
                    @RequestParam(required = false) String memberRegion, Model model, RedirectAttributes redirect) {
        return attempt.run(model, "family", () -> {
            family.register(personId, memberId.strip(), Relation.valueOf(relation), TypedDate.parse(registeredOn),
                    MemberScheme.valueOf(memberScheme), memberRegion == null || memberRegion.isBlank() ? null
                            : memberRegion);
            redirect.addFlashAttribute("done", "done.registered");
            return back(personId);
        }, () -> page.fill(model, personId));
    }

    @PostMapping("/console/accounts/{personId}/family-members/{memberId}/revocation")
    String revoke(@PathVariable String personId, @PathVariable String memberId, Model model,
                  RedirectAttributes redirect) {
        return attempt.run(model, "family", () -> {
            family.revoke(personId, memberId);
            redirect.addFlashAttribute("done", "done.revoked");
            return back(personId);
        }, () -> page.fill(model, personId));
    }

    /**
     * Moves one family account a place earlier in the member's funding order (his own account, if he
     * has one, always comes first and is not moved).
     */
    @PostMapping("/console/accounts/{personId}/funding-order")
    String raise(@PathVariable String personId, @RequestParam String raise, Model model,
                 RedirectAttributes redirect) {
        return attempt.run(model, "order", () -> {
            List<String> familyAccounts = new ArrayList<>(family.familyAccountsOf(personId));
            int at = familyAccounts.indexOf(raise);
            if (at > 0) {
                familyAccounts.set(at, familyAccounts.get(at - 1));
                familyAccounts.set(at - 1, raise);
                family.changeFundingOrder(personId, familyAccounts);
            }
            redirect.addFlashAttribute("done", "done.reordered");
            return back(personId);
        }, () -> page.fill(model, personId));
    }

    private static String back(String personId) {
        return "redirect:/console/accounts/" + personId;
    }
}
