package ledger.limits;

import java.util.regex.Pattern;
import ledger.refusal.InvalidInput;

/**
 * The one form of every id the ledger is given (person, payment, refund, withdrawal, transfer,
 * institution, member): a letter or digit, then up to 63 letters, digits, '_', '.' or '-'. No '/',
 * ':', space or control character, so an id is always addressable in a URL path, never collides with
 * the {@code payment:} streams, and reads the same in every log and report.
 */
public final class IdFormat {

    public static final int MAX_LENGTH = 64;
    public static final String REGEX = "[A-Za-z0-9][A-Za-z0-9_.-]{0," + (MAX_LENGTH - 1) + "}";
    public static final String MESSAGE = "is not an id: an id is 1 to 64 letters, digits, '_', '.' or '-', "
            + "starting with a letter or digit";
    private static final Pattern FORM = Pattern.compile(REGEX);

    private IdFormat() {
    }

    public static boolean isValid(String id) {
        return id != null && FORM.matcher(id).matches();
    }

    /** Refuses a present id of another form; a missing one is the caller's to require. */
    public static String check(String field, String id) {
        if (id != null && !isValid(id)) {
            throw new InvalidInput("invalid-id", field + " \"" + printable(id) + "\" " + MESSAGE);
        }
        return id;
    }

    private static String printable(String id) {
        String shown = id.length() > MAX_LENGTH ? id.substring(0, MAX_LENGTH) + "..." : id;
        return shown.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
