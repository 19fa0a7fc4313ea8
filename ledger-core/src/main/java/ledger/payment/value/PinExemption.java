package ledger.payment.value;

/** Card payments that the seeds let pass without the account PIN (000 Q22, Q29), if the ledger agrees. */
public enum PinExemption {
    /** 门急诊挂号 at a designated hospital of the payer's own region. */
    REGISTRATION_FEE,
    /** 异地就医直接结算 at a designated institution of another region, from the region's opening date. */
    CROSS_REGION_DIRECT_SETTLEMENT
}
