package ledger.account;

/** Why an account is liquidated (清算, 000 Q35), and the national entry code of its payout (§10). */
public enum ClosureReason {
    DECEASED("208"),
    FOREIGN_NATIONALITY("203"),
    LEFT_CHINA("203"),
    OTHER_SCHEME("203"),
    TRANSFERRED_OUT("207");

    private final String payoutCode;

    ClosureReason(String payoutCode) {
        this.payoutCode = payoutCode;
    }

    public String payoutCode() {
        return payoutCode;
    }
}
