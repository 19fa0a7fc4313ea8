package ledger.payment.value;

/** How the person presents himself at the counter (domain-rules §7). */
public enum Channel {
    /** The electronic medical-insurance voucher (医保电子凭证): no PIN. */
    E_VOUCHER,
    /** The social-security card: the account PIN, unless within the no-PIN limit or exempt. */
    CARD
}
