package ledger.policy;

import java.time.LocalDate;
import java.util.List;

/**
 * When a region lets account holders register family members (家庭共济备案) and when those members may
 * start paying from the registrants' accounts (domain-rules §5). {@code memberRegions} names the other
 * pooling regions its members may be insured in (Yuxi: all of Yunnan, 002 玉 第十六条); empty: the
 * holder's region only.
 */
public record FamilyAidPolicy(LocalDate registrationFrom, LocalDate useFrom, String source,
                              List<String> memberRegions) {

    public FamilyAidPolicy {
        memberRegions = memberRegions == null ? List.of() : List.copyOf(memberRegions);
    }

    public FamilyAidPolicy(LocalDate registrationFrom, LocalDate useFrom, String source) {
        this(registrationFrom, useFrom, source, List.of());
    }

    /** Whether a holder of {@code holderRegion} may register a member insured in {@code memberRegion}. */
    public boolean admitsMemberFrom(String holderRegion, String memberRegion) {
        return holderRegion.equals(memberRegion) || memberRegions.contains(memberRegion);
    }
}
