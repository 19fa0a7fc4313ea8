package ledger.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YuanTest {

    private final Yuan yuan = new Yuan();

    @Test
    void moneyShowsTwoDecimalsAndThousandsSeparators() {
        assertThat(yuan.fen(0)).isEqualTo("0.00");
        assertThat(yuan.fen(5)).isEqualTo("0.05");
        assertThat(yuan.fen(-1250)).isEqualTo("-12.50");
        assertThat(yuan.fen(100_000)).isEqualTo("1,000.00");
        assertThat(yuan.fen(-123_456_789)).isEqualTo("-1,234,567.89");
        assertThat(yuan.text("246.91")).isEqualTo("246.91");
    }
}
