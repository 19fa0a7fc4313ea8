package ledger.app.batch;

import java.util.List;

/**
 * One line of the contribution collection system's roster ({@code personId,period,contributionBase,
 * collectedOn}), kept raw with its line number so that a bad line is reported, never fatal.
 */
record RosterLine(long lineNumber, List<String> fields) {

    static final int FIELDS = 4;

    String personId() {
        return fields.isEmpty() ? "" : fields.get(0).strip();
    }

    String field(int index) {
        return index < fields.size() ? fields.get(index).strip() : "";
    }
}
