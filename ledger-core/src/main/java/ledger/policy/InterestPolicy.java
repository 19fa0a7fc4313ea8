package ledger.policy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * How a region pays interest (domain-rules §3): the rate table, whether the rate on the interest day
 * holds for the whole quarter (personal deposits, 银发〔2005〕129号) or the quarter splits at each
 * rate change, and bank quarters (21st to 20th) or calendar quarters.
 */
public record InterestPolicy(
        String ruleId,
        RateMethod rateMethod,
        QuarterScheme quarters,
        List<InterestRate> rates,
        String source) {

    public enum RateMethod {
        RATE_ON_INTEREST_DAY,
        SPLIT_AT_RATE_CHANGES
    }

    public enum QuarterScheme {
        BANK,
        CALENDAR
    }

    public InterestPolicy {
        rates = rates.stream().sorted(Comparator.comparing(InterestRate::from)).toList();
    }

    /** The rate in force on a day: the latest one listed from that day or before. */
    public InterestRate rateOn(LocalDate day) {
        return rates.stream().filter(rate -> !rate.from().isAfter(day)).reduce((earlier, later) -> later)
                .orElseThrow(() -> new IllegalStateException("no interest rate of " + ruleId + " in force on " + day));
    }
}
