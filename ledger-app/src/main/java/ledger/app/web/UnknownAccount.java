package ledger.app.web;

/** No account is known for the person asked for (HTTP 404). */
public class UnknownAccount extends RuntimeException {

    public UnknownAccount(String personId) {
        super("no personal account for person " + personId);
    }
}
