package ledger.projections.account;

public enum AccountStatus {
    OPEN,
    CLOSED
}
