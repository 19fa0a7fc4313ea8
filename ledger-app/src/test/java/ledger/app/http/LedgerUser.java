package ledger.app.http;

/** The users of the embedded default: one per role, each with its own name as password. */
public enum LedgerUser {
    CASEWORKER("caseworker"),
    SETTLEMENT("settlement"),
    AUDITOR("auditor"),
    OPERATOR("operator");

    private final String name;

    LedgerUser(String name) {
        this.name = name;
    }

    public String userName() {
        return name;
    }

    public String password() {
        return name;
    }
}
