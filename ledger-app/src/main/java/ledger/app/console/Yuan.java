package ledger.app.console;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import ledger.money.Money;
import org.springframework.stereotype.Component;

/** Money as the console shows it: yuan with two decimals and thousands separators, e.g. {@code -1,234.50}. */
@Component("yuan")
public class Yuan {

    public String of(Money money) {
        return money == null ? "" : fen(money.fen());
    }

    public String fen(long fen) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(BigDecimal.valueOf(fen, 2));
    }

    /** A yuan string as the API writes it ({@code "-12.50"}), shown the same way. */
    public String text(String yuan) {
        return yuan == null ? "" : fen(new BigDecimal(yuan).movePointRight(2).longValueExact());
    }
}
