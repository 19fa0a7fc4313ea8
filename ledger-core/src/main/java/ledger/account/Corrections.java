package ledger.account;

import java.util.List;

/** The answer to a retirement or status change: the credits it corrected, if any. */
public record Corrections(List<CreditCorrected> credits) {

    public Corrections {
        credits = List.copyOf(credits);
    }
}
