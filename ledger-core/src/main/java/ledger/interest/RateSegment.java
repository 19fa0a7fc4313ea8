package ledger.interest;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Days of a quarter computed at one annual rate, with the balance-days (积数) of one pot in them. */
public record RateSegment(
        LocalDate from,
        LocalDate to,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal annualRate,
        long fenDays) {
}
