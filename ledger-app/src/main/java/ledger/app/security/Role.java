package ledger.app.security;

/** The roles of the API contract. */
public enum Role {
    CASEWORKER,
    SETTLEMENT,
    AUDITOR,
    OPERATOR
}
