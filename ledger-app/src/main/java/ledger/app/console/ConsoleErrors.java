package ledger.app.console;

import jakarta.servlet.http.HttpServletResponse;
import ledger.app.web.UnknownAccount;
import ledger.refusal.NotFound;
import ledger.refusal.Refusal;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A page that asks for what does not exist (an unknown account, payment or batch) answers a 404 page in
 * the console's language rather than the API's problem+json; other refusals outside a form a 400 page.
 * Ordered before the API's advice.
 */
@ControllerAdvice(basePackages = "ledger.app.console")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleErrors {

    private final ProblemSentence sentences;

    ConsoleErrors(ProblemSentence sentences) {
        this.sentences = sentences;
    }

    @ExceptionHandler({UnknownAccount.class, NotFound.class, AggregateNotFoundException.class})
    String notFound(RuntimeException e, Model model, HttpServletResponse response) {
        return problemPage(e, model, response, HttpServletResponse.SC_NOT_FOUND);
    }

    /** A refusal outside a form, e.g. an unknown region in an address. */
    @ExceptionHandler(Refusal.class)
    String refused(Refusal e, Model model, HttpServletResponse response) {
        return problemPage(e, model, response, HttpServletResponse.SC_BAD_REQUEST);
    }

    private String problemPage(RuntimeException e, Model model, HttpServletResponse response, int status) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("problem", sentences.of(e));
        return "console/problem";
    }
}
