package ledger.refusal;

/** The request itself is malformed or incomplete (HTTP 400). */
public class InvalidInput extends Refusal {

    public InvalidInput(String code, String message) {
        super(code, message);
    }
}
