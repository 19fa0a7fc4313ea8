package ledger.refusal;

/** The request contradicts what the account's history already holds (HTTP 409). */
public class ConflictWithHistory extends Refusal {

    public ConflictWithHistory(String code, String message) {
        super(code, message);
    }
}
