package ledger.policy;

import java.time.LocalDate;

/**
 * Whether a region's accounts may pay for one purpose (domain-rules §4), named as
 * {@code ledger.account.value.PaymentPurpose} names it, and from which day for the person himself
 * ({@code from} null: always). A family member's use also waits for the region's family-use date.
 */
public record PurposeRule(String purpose, boolean allowed, LocalDate from, String source) {
}
