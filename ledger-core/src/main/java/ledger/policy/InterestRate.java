package ledger.policy;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An annual demand-deposit rate (居民活期存款利率) in force from a date, e.g. 0.0010 for 0.10%. */
public record InterestRate(LocalDate from, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal annualRate) {
}
