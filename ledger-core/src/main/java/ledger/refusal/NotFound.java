package ledger.refusal;

/** The request names something the ledger does not hold: a payment, a registration (HTTP 404). */
public class NotFound extends Refusal {

    public NotFound(String code, String message) {
        super(code, message);
    }
}
