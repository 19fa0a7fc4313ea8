package ledger.app.console.accounts;

import ledger.app.payments.PaymentHistory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/** A payment with its allocations and refunds, as the settlement systems recorded it. */
@Controller
class PaymentPage {

    private final PaymentHistory history;

    PaymentPage(PaymentHistory history) {
        this.history = history;
    }

    @GetMapping("/console/payments")
    String find(@RequestParam String paymentId) {
        return "redirect:/console/payments/" + UriUtils.encodePathSegment(paymentId.strip(), "UTF-8");
    }

    @GetMapping("/console/payments/{paymentId}")
    String payment(@PathVariable String paymentId, Model model) {
        model.addAttribute("payment", history.of(paymentId));
        return "console/accounts/payment";
    }
}
