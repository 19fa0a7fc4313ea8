package ledger.app.logging;

import java.util.regex.Pattern;

/**
 * Person ids are national ID numbers (personal data): a log line never shows one whole, only its
 * last four characters, enough to tell two people apart in an incident and not to identify anyone.
 */
public final class PersonIds {

    /** An 18-character resident ID number (17 digits and a check digit or X), standing on its own. */
    private static final Pattern NATIONAL_ID = Pattern.compile("(?<![0-9A-Za-z])\\d{14}(\\d{3}[0-9Xx])(?![0-9A-Za-z])");
    private static final int SHOWN = 4;

    private PersonIds() {
    }

    /** {@code 110101198001010011} → {@code **************0011}; null stays null. */
    public static String masked(String personId) {
        if (personId == null) {
            return null;
        }
        int hidden = Math.max(personId.length() - SHOWN, 0);
        return "*".repeat(Math.max(hidden, 1)) + personId.substring(hidden);
    }

    /**
     * Every national ID number in a text masked: the safety net of the log pattern, for lines the
     * ledger does not write itself (Axon's, Spring's, exception messages).
     */
    public static String maskedIn(String text) {
        return text == null ? null : NATIONAL_ID.matcher(text).replaceAll("**************$1");
    }
}
