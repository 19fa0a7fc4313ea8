package ledger.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import ledger.refusal.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    private static final BigDecimal TWO_PERCENT = new BigDecimal("0.02");

    @Test
    void canParseYuanWithTwoDecimals() {
        assertThat(Money.parse("240.00")).isEqualTo(Money.ofFen(24_000));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullSource
    @ValueSource(strings = {"12.345", "-5.00", "240", "240.5", "1e3", " 1.00", "1.00 ", "", "+1.00", "1,000.00"})
    void cannotParseAnythingButYuanWithExactlyTwoDecimals(String yuan) {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.parse(yuan));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"0.00", "0.05", "240.00", "246.91", "999999999999999.99"})
    void printsTheYuanStringItWasParsedFrom(String yuan) {
        assertThat(Money.parse(yuan).toString()).isEqualTo(yuan);
    }

    @Test
    void printsFenAsYuanWithTwoDecimals() {
        assertThat(Money.ofFen(5).toString()).isEqualTo("0.05");
    }

    @Test
    void roundsProductToTheFenOnce() {
        assertThat(Money.parse("12345.67").times(TWO_PERCENT)).isEqualTo(Money.parse("246.91"));
    }

    @Test
    void roundsHalfFenUp() {
        assertThat(Money.parse("0.25").times(TWO_PERCENT)).isEqualTo(Money.parse("0.01"));
    }

    @Test
    void roundsLessThanHalfFenDown() {
        assertThat(Money.parse("0.24").times(TWO_PERCENT)).isEqualTo(Money.ZERO);
    }

    @Test
    void canSubtractDownToZero() {
        assertThat(Money.parse("1.00").minus(Money.parse("1.00"))).isEqualTo(Money.ZERO);
    }

    @Test
    void cannotSubtractBelowZero() {
        Money one = Money.parse("1.00");
        Money more = Money.parse("1.01");

        assertThatIllegalArgumentException().isThrownBy(() -> one.minus(more));
    }

    @Test
    void cannotBeNegative() {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.ofFen(-1));
    }

    /** Every Money prints as a string that parses back: none exceeds what the parser reads. */
    @Test
    void noMoneyExceedsTheLargestAmountThatParsesBack() {
        assertThat(Money.parse(Money.MAX.toString())).isEqualTo(Money.MAX);
        assertThatIllegalArgumentException().isThrownBy(() -> Money.ofFen(Money.MAX.fen() + 1));
        assertThatIllegalArgumentException().isThrownBy(() -> Money.MAX.plus(Money.ofFen(1)));
    }

    @Test
    void refusesARequestAmountAboveTheLargestOne() {
        assertThat(MoneyLimits.checkAmount("amount", MoneyLimits.AMOUNT_MAX)).isEqualTo(Money.parse("9999999.99"));
        assertThatThrownBy(() -> MoneyLimits.checkAmount("amount", Money.parse("10000000.00")))
                .isInstanceOfSatisfying(InvalidInput.class,
                        refusal -> assertThat(refusal.code()).isEqualTo("amount-too-large"));
    }
}
