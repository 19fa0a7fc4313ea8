package ledger.app.console;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/**
 * A date as a caseworker types it: {@code 2024-03-15}, {@code 2024/3/15} or {@code 2024年3月15日}.
 * Strict: {@code 2023-02-30} is refused, never moved to March.
 */
public final class TypedDate {

    private static final List<DateTimeFormatter> WRITTEN = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d"),
            DateTimeFormatter.ofPattern("uuuu/M/d"),
            DateTimeFormatter.ofPattern("uuuu年M月d日"),
            DateTimeFormatter.ofPattern("uuuu.M.d"))
            .stream().map(format -> format.withResolverStyle(ResolverStyle.STRICT)).toList();

    private TypedDate() {
    }

    /** A date that must be given: an empty field is refused like a mistyped one. */
    public static LocalDate required(String typed) {
        LocalDate date = parse(typed);
        if (date == null) {
            throw new DateTimeParseException("no date", "", 0);
        }
        return date;
    }

    /** Null for an empty field. */
    public static LocalDate parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip();
        for (DateTimeFormatter format : WRITTEN) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException notThisWay) {
                // try the next way of writing it
            }
        }
        throw new DateTimeParseException("not a date", text, 0);
    }
}
