package ledger.app.console;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Runs what a form asks for. When the ledger refuses, the same page is shown again with the refusal's
 * sentence on the form that caused it; the fields keep what was typed because the page reads them
 * back from the request ({@code param}), except secrets, which are never written back.
 */
@Component
public class FormAttempt {

    private final ProblemSentence sentences;

    FormAttempt(ProblemSentence sentences) {
        this.sentences = sentences;
    }

    /** {@code action} answers the view on success (usually a redirect); {@code again} re-renders the page. */
    public String run(Model model, String form, Supplier<String> action, Supplier<String> again) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            if (!ProblemSentence.isRefusal(e)) {
                throw e;
            }
            model.addAttribute("failedForm", form);
            model.addAttribute("problem", sentences.of(e));
            return again.get();
        }
    }
}
