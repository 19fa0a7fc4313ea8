package ledger.settling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import ledger.money.Money;
import ledger.refusal.Decision;
import ledger.refusal.Refusal;
import org.junit.jupiter.api.Test;

/** The card-PIN rules of domain-rules §7 (000 Q21-Q26), each as it reads. */
class CardPinRuleTest {

    private static final CardPinRule FIVE_A_DAY = new CardPinRule(5, Duration.ofHours(24));
    private static final Instant NOW = Instant.parse("2024-05-01T02:00:00Z");

    @Test
    void aPinIsExactlySixDigits() {
        assertThat(code(CardPinRule.wellFormed("12345"))).isEqualTo("pin-format");
        assertThat(code(CardPinRule.wellFormed("12345a"))).isEqualTo("pin-format");
        assertThat(CardPinRule.wellFormed("123456").isAllowed()).isTrue();
    }

    @Test
    void onlyAPaymentAboveTheNoPinLimitNeedsThePin() {
        assertThat(CardPinRule.needsPin(Money.parse("300.00"), Money.parse("300.00"))).isFalse();
        assertThat(CardPinRule.needsPin(Money.parse("300.01"), Money.parse("300.00"))).isTrue();
    }

    @Test
    void cannotPayWithoutAPinWhenTheClaimedExemptionDoesNotApply() {
        assertThat(code(CardPinRule.presented("P1", null, Optional.of("not a designated pharmacy"), true)))
                .isEqualTo("pin-required");
    }

    @Test
    void cannotPayByPinBeforeAPinIsSet() {
        assertThat(code(CardPinRule.presented("P1", "123456", Optional.empty(), false))).isEqualTo("no-pin-set");
    }

    @Test
    void cannotPayWithAWrongPin() {
        assertThat(code(CardPinRule.matched(false, "654321", Money.parse("300.00")))).isEqualTo("wrong-pin");
        assertThat(CardPinRule.matched(true, "123456", Money.parse("300.00")).isAllowed()).isTrue();
    }

    @Test
    void theDaysFifthWrongPinLocksPinChecksForTheLockDuration() {
        assertThat(FIVE_A_DAY.lockedUntil(4, NOW)).isEmpty();
        assertThat(FIVE_A_DAY.lockedUntil(5, NOW)).contains(NOW.plus(Duration.ofHours(24)));
    }

    private static String code(Decision decision) {
        return decision.refusal().map(Refusal::code).orElse("allowed");
    }
}
