package ledger.interest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ledger.policy.InterestPolicy.QuarterScheme;

/** An interest quarter {@code YYYY-Qn}. Its days depend on the region's quarter scheme. */
public record Quarter(int year, int number) implements Comparable<Quarter> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})-Q([1-4])");

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("a quarter is numbered 1 to 4: " + number);
        }
    }

    @JsonCreator
    public static Quarter parse(String text) {
        Matcher matcher = text == null ? null : FORM.matcher(text);
        if (matcher == null || !matcher.matches()) {
            throw new IllegalArgumentException("a quarter is written YYYY-Qn, such as 2024-Q1; got \"" + text + "\"");
        }
        return new Quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    /** The quarter's last calendar month, whatever the region's quarter scheme. */
    public YearMonth lastMonth() {
        return YearMonth.of(year, number * 3);
    }

    /**
     * The interest day (结息日): bank quarters end on the 20th of the quarter's last month
     * (银发〔2005〕129号), calendar quarters on its last day.
     */
    public LocalDate interestDay(QuarterScheme scheme) {
        YearMonth lastMonth = lastMonth();
        return scheme == QuarterScheme.BANK ? lastMonth.atDay(20) : lastMonth.atEndOfMonth();
    }

    /** The first day the quarter's balances count: the day after the previous quarter's interest day. */
    public LocalDate firstDay(QuarterScheme scheme) {
        return previous().interestDay(scheme).plusDays(1);
    }

    /** Interest is credited the day after the interest day. */
    public LocalDate creditDay(QuarterScheme scheme) {
        return interestDay(scheme).plusDays(1);
    }

    /** The quarter whose days include {@code day}. */
    public static Quarter containing(LocalDate day, QuarterScheme scheme) {
        Quarter calendar = new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
        return day.isAfter(calendar.interestDay(scheme)) ? calendar.next() : calendar;
    }

    public Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    @Override
    public int compareTo(Quarter other) {
        return Integer.compare(year * 4 + number, other.year * 4 + other.number);
    }

    @JsonValue
    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
