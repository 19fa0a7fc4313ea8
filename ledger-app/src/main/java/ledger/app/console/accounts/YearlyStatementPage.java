package ledger.app.console.accounts;

import ledger.app.accounts.AccountService;
import ledger.app.accounts.YearlyStatementService;
import ledger.app.console.FormAttempt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/** The yearly statement a person asks for at the counter (000 Q31), printable, at a stable address. */
@Controller
class YearlyStatementPage {

    private final AccountService accounts;
    private final YearlyStatementService statements;
    private final FormAttempt attempt;

    YearlyStatementPage(AccountService accounts, YearlyStatementService statements, FormAttempt attempt) {
        this.accounts = accounts;
        this.statements = statements;
        this.attempt = attempt;
    }

    /** The year form of the statement page leads here; the year page checks what was typed. */
    @GetMapping("/console/accounts/{personId}/statements")
    String chosen(@PathVariable String personId, @RequestParam(defaultValue = "") String year) {
        return "redirect:/console/accounts/" + personId + "/statements/" + UriUtils.encodePathSegment(year, "UTF-8");
    }

    /** A year the ledger refuses shows the sentence on the year form, without a statement. */
    @GetMapping("/console/accounts/{personId}/statements/{year}")
    String year(@PathVariable String personId, @PathVariable String year, Model model) {
        model.addAttribute("account", accounts.account(personId));
        model.addAttribute("typedYear", year);
        return attempt.run(model, "year", () -> {
            model.addAttribute("asked", statements.year(personId, year));
            return "console/accounts/yearly";
        }, () -> "console/accounts/yearly");
    }
}
