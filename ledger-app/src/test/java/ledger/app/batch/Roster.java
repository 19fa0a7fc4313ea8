package ledger.app.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A roster CSV as the contribution collection system writes it, built line by line. The header is
 * line 1, so the first data line is line 2; {@link #line} and {@link #raw} answer the number of the
 * line they added, the number a rejection names.
 */
final class Roster {

    static final String HEADER = "personId,period,contributionBase,collectedOn";

    private final StringBuilder text = new StringBuilder(HEADER).append('\n');
    private int lastLine = 1;

    /** One well-formed line. */
    int line(String personId, String period, String contributionBase, String collectedOn) {
        return raw(personId + "," + period + "," + contributionBase + "," + collectedOn);
    }

    /** A line exactly as given, well-formed or not. */
    int raw(String line) {
        text.append(line).append('\n');
        return ++lastLine;
    }

    /** How many lines follow the header. */
    int dataLines() {
        return lastLine - 1;
    }

    String text() {
        return text.toString();
    }

    Path writeTo(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.writeString(file, text(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the roster " + file, e);
        }
    }
}
