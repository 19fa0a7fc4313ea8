package ledger.refusal;

/** A well-formed request that the business rules refuse (HTTP 422). */
public class RuleRefusal extends Refusal {

    public RuleRefusal(String code, String message) {
        super(code, message);
    }
}
