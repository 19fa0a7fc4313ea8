package ledger.policy;

import java.time.LocalDate;

/**
 * When a region lets account holders register family members (家庭共济备案) and when those members may
 * start paying from the registrants' accounts (domain-rules §5).
 */
public record FamilyAidPolicy(LocalDate registrationFrom, LocalDate useFrom, String source) {
}
