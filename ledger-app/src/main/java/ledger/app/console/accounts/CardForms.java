package ledger.app.console.accounts;

import ledger.app.accounts.LifecycleService;
import ledger.app.accounts.PinService;
import ledger.app.console.FormAttempt;
import ledger.money.Money;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The card PIN and its no-PIN limit, and a transfer in from another region. The PIN is never shown. */
@Controller
class CardForms {

    private final PinService pins;
    private final LifecycleService lifecycle;
    private final AccountPage page;
    private final FormAttempt attempt;

    CardForms(PinService pins, LifecycleService lifecycle, AccountPage page, FormAttempt attempt) {
        this.pins = pins;
        this.lifecycle = lifecycle;
        this.page = page;
        this.attempt = attempt;
    }

    @PostMapping("/console/accounts/{personId}/pin")
    String setPin(@PathVariable String personId, @RequestParam String pin, Authentication user, Model model,
                  RedirectAttributes redirect) {
        return attempt.run(model, "pin", () -> {
            pins.setPin(personId, pin, user.getName());
            return done(redirect, personId, "done.pin");
        }, () -> page.fill(model, personId));
    }

    @PostMapping("/console/accounts/{personId}/no-pin-limit")
    String setNoPinLimit(@PathVariable String personId, @RequestParam String amount, Authentication user,
                         Model model, RedirectAttributes redirect) {
        return attempt.run(model, "limit", () -> {
            pins.setNoPinLimit(personId, Money.parse(amount.strip()), user.getName());
            return done(redirect, personId, "done.limit");
        }, () -> page.fill(model, personId));
    }

    @PostMapping("/console/accounts/{personId}/pin-unlock")
    String unlock(@PathVariable String personId, Authentication user, Model model, RedirectAttributes redirect) {
        return attempt.run(model, "pin", () -> {
            pins.unlock(personId, user.getName());
            return done(redirect, personId, "done.unlocked");
        }, () -> page.fill(model, personId));
    }

    @PostMapping("/console/accounts/{personId}/transfers-in")
    String transferIn(@PathVariable String personId, @RequestParam String transferId, @RequestParam String fromRegion,
                      @RequestParam String amount, Model model, RedirectAttributes redirect) {
        return attempt.run(model, "transfer", () -> {
            lifecycle.transferIn(personId, transferId.strip(), fromRegion, Money.parse(amount.strip()));
            return done(redirect, personId, "done.transfer");
        }, () -> page.fill(model, personId));
    }

    private static String done(RedirectAttributes redirect, String personId, String message) {
        redirect.addFlashAttribute("done", message);
        return "redirect:/console/accounts/" + personId;
    }
}
