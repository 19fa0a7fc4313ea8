package ledger.app.batch;

import java.util.Arrays;
import java.util.List;

/**
 * One line of the contribution collection system's roster ({@code personId,period,contributionBase,
 * collectedOn}), kept raw with its line number so that a bad line is reported, never fatal. A line
 * longer than {@link #MAX_LENGTH} is kept only as its length: its reject names no person and stores
 * none of its text, so one huge line cannot grow the batch's records.
 */
record RosterLine(long lineNumber, List<String> fields, int overLength) {

    static final int FIELDS = 4;
    /** A well-formed line (an id of at most 64 characters, a month, an amount, a date) is under 100. */
    static final int MAX_LENGTH = 256;

    static RosterLine of(long lineNumber, String line) {
        return line.length() > MAX_LENGTH ? new RosterLine(lineNumber, List.of(), line.length())
                : new RosterLine(lineNumber, Arrays.asList(line.split(",", -1)), 0);
    }

    boolean isTooLong() {
        return overLength > 0;
    }

    String personId() {
        return fields.isEmpty() ? "" : fields.get(0).strip();
    }

    String field(int index) {
        return index < fields.size() ? fields.get(index).strip() : "";
    }
}
