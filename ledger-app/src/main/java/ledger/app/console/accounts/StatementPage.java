package ledger.app.console.accounts;

import java.time.LocalDate;
import ledger.app.accounts.AccountService;
import ledger.app.console.FormAttempt;
import ledger.app.console.TypedDate;
import ledger.limits.DateRange;
import ledger.projections.account.AccountReadModels;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The statement between two dates, a page at a time, printable. */
@Controller
class StatementPage {

    static final int PAGE_SIZE = 50;

    private final AccountService accounts;
    private final AccountReadModels readModels;
    private final FormAttempt attempt;

    StatementPage(AccountService accounts, AccountReadModels readModels, FormAttempt attempt) {
        this.accounts = accounts;
        this.readModels = readModels;
        this.attempt = attempt;
    }

    /** A date the caseworker mistyped leaves the whole statement shown, with the sentence on the filter. */
    @GetMapping("/console/accounts/{personId}/statement")
    String statement(@PathVariable String personId, @RequestParam(required = false) String from,
                     @RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int page,
                     Model model) {
        return attempt.run(model, "filter", () -> show(personId, date(from), date(to), page, model),
                () -> show(personId, null, null, 0, model));
    }

    private String show(String personId, LocalDate from, LocalDate to, int page, Model model) {
        LocalDate first = from != null ? from : DateRange.FIRST;
        LocalDate last = to != null ? to : DateRange.LAST;
        long size = readModels.statementSize(personId, first, last);
        int pages = (int) Math.max(1, (size + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.max(0, Math.min(page, pages - 1));
        model.addAttribute("account", accounts.account(personId));
        model.addAttribute("entries", readModels.statementPage(personId, first, last, shown, PAGE_SIZE));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("page", shown);
        model.addAttribute("pages", pages);
        model.addAttribute("size", size);
        return "console/accounts/statement";
    }

    private static LocalDate date(String typed) {
        return TypedDate.parse(typed);
    }
}
