package ledger.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * An exact, non-negative amount of yuan held as whole fen. Shown and parsed as a string with exactly
 * two decimals ("246.91"), so no binary floating point ever touches it. No Money exceeds {@link #MAX},
 * the largest amount {@link #parse} reads, so every amount the ledger prints reads back.
 */
public record Money(long fen) implements Comparable<Money> {

    private static final long MAX_FEN = 99_999_999_999_999_999L;
    public static final Money ZERO = new Money(0);
    public static final Money MAX = new Money(MAX_FEN);
    /** The only text {@link #parse} accepts; also the pattern the OpenAPI description states. */
    public static final String YUAN_PATTERN = "\\d{1,15}\\.\\d{2}";
    private static final Pattern YUAN = Pattern.compile(YUAN_PATTERN);

    public Money {
        if (fen < 0) {
            throw new IllegalArgumentException("money is never negative: " + fen + " fen");
        }
        if (fen > MAX_FEN) {
            throw new IllegalArgumentException("money is at most " + MAX_FEN + " fen: " + fen + " fen");
        }
    }

    public static Money ofFen(long fen) {
        return new Money(fen);
    }

    /** Parses "1234.50"; anything else (sign, more or fewer decimals, exponent) is refused. */
    @JsonCreator
    public static Money parse(String yuan) {
        if (yuan == null || !YUAN.matcher(yuan).matches()) {
            throw new IllegalArgumentException(
                    "an amount is a string of yuan with exactly two decimals, such as \"240.00\"; got \"" + yuan + "\"");
        }
        return new Money(new BigDecimal(yuan).movePointRight(2).longValueExact());
    }

    /** This amount times a rate, rounded half-up to the fen once, here where it is computed. */
    public Money times(BigDecimal rate) {
        return new Money(BigDecimal.valueOf(fen).multiply(rate).setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(fen, other.fen));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(fen, other.fen));
    }

    public Money min(Money other) {
        return fen <= other.fen ? this : other;
    }

    public boolean isZero() {
        return fen == 0;
    }

    public boolean exceeds(Money other) {
        return fen > other.fen;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(fen, other.fen);
    }

    @JsonValue
    @Override
    public String toString() {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }
}
