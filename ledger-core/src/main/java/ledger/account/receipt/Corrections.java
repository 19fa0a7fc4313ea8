package ledger.account.receipt;

import java.util.List;
import ledger.account.event.CreditCorrected;

/** The answer to a retirement or status change: the credits it corrected, if any. */
public record Corrections(List<CreditCorrected> credits) {

    public Corrections {
        credits = List.copyOf(credits);
    }
}
