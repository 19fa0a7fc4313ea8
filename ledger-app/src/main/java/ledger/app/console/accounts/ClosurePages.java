package ledger.app.console.accounts;

import ledger.account.receipt.ClosureReceipt;
import ledger.account.value.ClosureReason;
import ledger.app.accounts.LifecycleService;
import ledger.app.console.FormAttempt;
import ledger.app.console.TypedDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Closing an account: first what would be recovered and paid out, then, confirmed, the closure. */
@Controller
class ClosurePages {

    private static final String VIEW = "console/accounts/closure";

    private final LifecycleService lifecycle;
    private final AccountPage page;
    private final FormAttempt attempt;

    ClosurePages(LifecycleService lifecycle, AccountPage page, FormAttempt attempt) {
        this.lifecycle = lifecycle;
        this.page = page;
        this.attempt = attempt;
    }

    @GetMapping("/console/accounts/{personId}/closure")
    String preview(@PathVariable String personId, @RequestParam String reason, @RequestParam String effectiveOn,
                   @RequestParam(required = false) String payee, Model model) {
        return attempt.run(model, "closure", () -> {
            ClosureReceipt preview = lifecycle.preview(personId, ClosureReason.valueOf(reason),
                    TypedDate.required(effectiveOn), payee);
            model.addAttribute("receipt", preview);
            model.addAttribute("confirmed", false);
            page.fill(model, personId);
            return VIEW;
        }, () -> page.fill(model, personId));
    }

    @PostMapping("/console/accounts/{personId}/closure")
    String close(@PathVariable String personId, @RequestParam String reason, @RequestParam String effectiveOn,
                 @RequestParam(required = false) String payee, Model model) {
        return attempt.run(model, "closure", () -> {
            ClosureReceipt receipt = lifecycle.close(personId, ClosureReason.valueOf(reason),
                    TypedDate.required(effectiveOn), payee);
            model.addAttribute("receipt", receipt);
            model.addAttribute("confirmed", true);
            page.fill(model, personId);
            return VIEW;
        }, () -> page.fill(model, personId));
    }
}
