package ledger.app.console;

import java.time.format.DateTimeParseException;
import java.util.Locale;
import ledger.app.pin.PinLocked;
import ledger.app.web.UnknownAccount;
import ledger.refusal.Refusal;
import ledger.settling.FundingOrderMoved;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The human sentence of a refusal, as the API's problem detail says it. The ledger writes its sentences
 * in English; in Chinese the console says the sentence {@code messages.properties} has for the problem's
 * code ({@code problem.<code>}), or the ledger's own where it has none. Only refusals are turned into
 * sentences; anything else stays an error.
 */
@Component
public class ProblemSentence {

    private final MessageSource messages;

    ProblemSentence(MessageSource messages) {
        this.messages = messages;
    }

    /** Whether the console answers this exception on the form that caused it. */
    public static boolean isRefusal(RuntimeException e) {
        return e instanceof Refusal || e instanceof UnknownAccount || e instanceof AggregateNotFoundException
                || e instanceof FundingOrderMoved || e instanceof ConcurrencyException
                || e instanceof AggregateStreamCreationException || e instanceof PinLocked
                || e instanceof IllegalArgumentException || e instanceof DateTimeParseException;
    }

    public String of(RuntimeException e) {
        Locale locale = LocaleContextHolder.getLocale();
        if (!locale.getLanguage().equals(Locale.CHINESE.getLanguage())) {
            return detail(e);
        }
        return messages.getMessage("problem." + code(e), null, detail(e), locale);
    }

    private static String code(RuntimeException e) {
        if (e instanceof Refusal refusal) {
            return refusal.code();
        }
        if (e instanceof UnknownAccount || e instanceof AggregateNotFoundException) {
            return "unknown-account";
        }
        if (e instanceof ConcurrencyException || e instanceof AggregateStreamCreationException
                || e instanceof FundingOrderMoved) {
            return "concurrent-change";
        }
        if (e instanceof PinLocked) {
            return "pin-locked";
        }
        if (e instanceof DateTimeParseException) {
            return "invalid-date";
        }
        return "invalid-input";
    }

    private static String detail(RuntimeException e) {
        if (e instanceof AggregateNotFoundException notFound) {
            return "no personal account for person " + notFound.getAggregateIdentifier();
        }
        if (e instanceof DateTimeParseException parse) {
            return "\"" + parse.getParsedString() + "\" is not a date written YYYY-MM-DD";
        }
        return e.getMessage();
    }
}
