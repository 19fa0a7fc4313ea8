package ledger.refusal;

/**
 * A request the ledger refuses. Thrown before any event is applied, so a refused request changes
 * nothing. The code names the refusal for machines; the message says what is wrong for people.
 */
public abstract class Refusal extends RuntimeException {

    private final String code;

    protected Refusal(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
