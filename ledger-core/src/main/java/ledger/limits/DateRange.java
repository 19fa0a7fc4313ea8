package ledger.limits;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import ledger.refusal.InvalidInput;

/**
 * The dates the ledger accepts at all: 1900-01-01 to 2199-12-31. Older dates name no insured
 * person's life, later ones no plausible business day, and a five-digit year would not even print
 * back as ISO-8601 the way every reader of the events expects.
 */
public final class DateRange {

    public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2199, 12, 31);

    private DateRange() {
    }

    public static boolean contains(LocalDate date) {
        return !date.isBefore(FIRST) && !date.isAfter(LAST);
    }

    /** Refuses a present date outside the range; a missing one is the caller's to require or default. */
    public static LocalDate check(String field, LocalDate date) {
        if (date != null && !contains(date)) {
            throw outOfRange(field, date.toString());
        }
        return date;
    }

    public static YearMonth check(String field, YearMonth month) {
        if (month != null && !(contains(month.atDay(1)) && contains(month.atEndOfMonth()))) {
            throw outOfRange(field, month.toString());
        }
        return month;
    }

    public static OffsetDateTime check(String field, OffsetDateTime instant) {
        if (instant != null && !contains(instant.toLocalDate())) {
            throw outOfRange(field, instant.toString());
        }
        return instant;
    }

    public static InvalidInput outOfRange(String field, String value) {
        return new InvalidInput("date-out-of-range", field + " " + value + " is outside the dates the ledger accepts, "
                + FIRST + " to " + LAST);
    }
}
