package ledger.app.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import ledger.refusal.InvalidInput;

/**
 * A roster starts with its header line. Without it the first person's line would be skipped as if
 * it were the header and silently never credited, so a roster without its header is refused.
 */
final class RosterHeader {

    static final String TEXT = "personId,period,contributionBase,collectedOn";

    private RosterHeader() {
    }

    static boolean matches(String firstLine) {
        return firstLine != null && TEXT.equals(stripBom(firstLine).strip());
    }

    /** Reads no more of the upload than a header can be long. */
    static void check(InputStream roster) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(roster, StandardCharsets.UTF_8));
        char[] first = new char[TEXT.length() + 3];
        int read = reader.read(first, 0, first.length);
        String start = read < 0 ? "" : new String(first, 0, read);
        int end = start.indexOf('\n');
        if (!matches(end < 0 ? start : start.substring(0, end))) {
            throw new InvalidInput("roster-header-required", "a roster's first line is its header \"" + TEXT
                    + "\"; without it the first line would be lost");
        }
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
