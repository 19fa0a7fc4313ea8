package ledger.policy;

/** A reason for liquidation that a region's own rules add to the national ones (domain-rules §8). */
public record ClosureRule(String reason, String source) {
}
