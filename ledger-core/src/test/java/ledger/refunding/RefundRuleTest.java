package ledger.refunding;

import static org.assertj.core.api.Assertions.assertThat;

import ledger.account.value.RefundKind;
import ledger.money.Money;
import ledger.refusal.ConflictWithHistory;
import ledger.refusal.InvalidInput;
import ledger.refusal.Refusal;
import ledger.refusal.RuleRefusal;
import org.junit.jupiter.api.Test;

/** What a refund of a settled payment must satisfy (domain-rules §6). */
class RefundRuleTest {

    private static final Money TEN = Money.parse("10.00");

    @Test
    void canRepeatARefundWithTheSameBody() {
        assertThat(RefundRule.sameRefund("p-1", "r-1", RefundKind.REFUND, TEN, RefundKind.REFUND, TEN).isAllowed())
                .isTrue();
    }

    @Test
    void cannotReuseARefundIdWithAnotherAmount() {
        assertThat(RefundRule.sameRefund("p-1", "r-1", RefundKind.REFUND, Money.parse("9.00"), RefundKind.REFUND, TEN)
                .refusal()).get().isInstanceOf(ConflictWithHistory.class).extracting(Refusal::code)
                .isEqualTo("refund-id-reused");
    }

    @Test
    void cannotRefundNothing() {
        assertThat(RefundRule.aboveZero(Money.ZERO).refusal()).get().isInstanceOf(InvalidInput.class)
                .extracting(Refusal::code).isEqualTo("zero-amount");
        assertThat(RefundRule.aboveZero(TEN).isAllowed()).isTrue();
    }

    @Test
    void cannotRefundMoreThanIsLeft() {
        assertThat(RefundRule.withinRefundable("p-1", TEN, Money.parse("9.99")).refusal()).get()
                .isInstanceOf(RuleRefusal.class).extracting(Refusal::code, Refusal::getMessage).containsExactly(
                        "exceeds-refundable", "refund of 10.00 exceeds the 9.99 left to refund of payment p-1");
        assertThat(RefundRule.withinRefundable("p-1", TEN, TEN).isAllowed()).isTrue();
    }
}
