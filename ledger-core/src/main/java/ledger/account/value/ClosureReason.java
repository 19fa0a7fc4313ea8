package ledger.account.value;

/**
 * Why an account is liquidated (清算, 000 Q35), and the national entry code of its payout (§10). A
 * regional reason is accepted only where the region's policy lists it (domain-rules §8).
 */
public enum ClosureReason {
    DECEASED("208", false),
    FOREIGN_NATIONALITY("203", false),
    LEFT_CHINA("203", false),
    OTHER_SCHEME("203", false),
    TRANSFERRED_OUT("207", false),
    /** 放弃参加: Qingyang (004 第九条). */
    LEFT_SCHEME("203", true),
    /** 一次性清退: Yuxi, moving to a region without personal accounts (002 玉 第十八条). */
    ONE_TIME_CLEARANCE("203", true);

    private final String payoutCode;
    private final boolean regional;

    ClosureReason(String payoutCode, boolean regional) {
        this.payoutCode = payoutCode;
        this.regional = regional;
    }

    public String payoutCode() {
        return payoutCode;
    }

    public boolean isRegional() {
        return regional;
    }
}
