package ledger.policy;

/** Whether a region pays the withdrawable pot out in cash (domain-rules §1): a bureau's switch. */
public record CashWithdrawalPolicy(boolean allowed, String source) {
}
