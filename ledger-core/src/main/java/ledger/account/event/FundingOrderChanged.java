package ledger.account.event;

import java.time.LocalDate;
import java.util.List;

/** The member put the family accounts in another order (000 Q27). */
public record FundingOrderChanged(String personId, List<String> fundingOrderAfter, LocalDate changedOn)
        implements AccountEvent {

    public FundingOrderChanged {
        fundingOrderAfter = List.copyOf(fundingOrderAfter);
    }

    @Override
    public LocalDate effectiveDate() {
        return changedOn;
    }
}
