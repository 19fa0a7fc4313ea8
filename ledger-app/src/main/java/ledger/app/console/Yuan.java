package ledger.app.console;

import java.math.BigDecimal;
import ledger.money.Money;
import org.springframework.stereotype.Component;

/** Money as the console shows it: yuan with two decimals and thousands separators, e.g. {@code -1,234.50}. */
@Component("yuan")
public class Yuan {

    public String of(Money money) {
        return money == null ? "" : fen(money.fen());
    }

    public String fen(long fen) {
        String digits = Long.toString(Math.abs(fen));
        if (digits.length() < 3) {
            digits = "0".repeat(3 - digits.length()) + digits;
        }
        String whole = digits.substring(0, digits.length() - 2);
        StringBuilder shown = new StringBuilder(fen < 0 ? "-" : "");
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                shown.append(',');
            }
            shown.append(whole.charAt(i));
        }
        return shown.append('.').append(digits, digits.length() - 2, digits.length()).toString();
    }

    /** A yuan string as the API writes it ({@code "-12.50"}), shown the same way. */
    public String text(String yuan) {
        return yuan == null ? "" : fen(new BigDecimal(yuan).movePointRight(2).longValueExact());
    }
}
