package ledger.policy;

import ledger.money.Money;

/**
 * One age band of a fixed-amount rule: from {@code fromAge} completed years on (inclusive) until the
 * next band. A missing amount means the bureau's figure is not configured yet.
 */
public record AgeBand(int fromAge, Money monthlyAmount, String label) {
}
