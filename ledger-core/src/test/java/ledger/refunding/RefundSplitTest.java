package ledger.refunding;

import static ledger.money.Pot.EARMARKED;
import static ledger.money.Pot.WITHDRAWABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import ledger.money.Money;
import ledger.payment.value.Allocation;
import org.junit.jupiter.api.Test;

class RefundSplitTest {

    private static final String MEMBER = "110101201001010022";
    private static final String MOTHER = "110101198005200011";
    private static final String FATHER = "110101197803030033";
    /** A 700.00 bill: 30.00 cash, then the shares in the order they were drawn. */
    private static final Money CASH = yuan("30.00");
    private static final List<Allocation> SHARES = List.of(
            new Allocation(MEMBER, EARMARKED, yuan("40.00")),
            new Allocation(MEMBER, WITHDRAWABLE, yuan("60.00")),
            new Allocation(MOTHER, EARMARKED, yuan("500.00")),
            new Allocation(FATHER, WITHDRAWABLE, yuan("70.00")));

    @Test
    void returnsTheCashShareFirst() {
        assertThat(RefundSplit.of(yuan("25.00"), CASH, SHARES)).isEqualTo(new RefundSplit(yuan("25.00"), List.of()));
    }

    @Test
    void returnsTheAccountsInTheOrderTheyWereDrawnOnceTheCashIsBack() {
        assertThat(RefundSplit.of(yuan("150.00"), CASH, SHARES)).isEqualTo(new RefundSplit(yuan("30.00"), List.of(
                new Allocation(MEMBER, EARMARKED, yuan("40.00")),
                new Allocation(MEMBER, WITHDRAWABLE, yuan("60.00")),
                new Allocation(MOTHER, EARMARKED, yuan("20.00")))));
    }

    @Test
    void returnsThePotsOfAnAccountInTheOrderTheyWereDrawn() {
        assertThat(RefundSplit.of(yuan("50.00"), Money.ZERO, SHARES)).isEqualTo(new RefundSplit(Money.ZERO, List.of(
                new Allocation(MEMBER, EARMARKED, yuan("40.00")),
                new Allocation(MEMBER, WITHDRAWABLE, yuan("10.00")))));
    }

    @Test
    void returnsEveryShareExactlyWhenEverythingLeftIsRefunded() {
        assertThat(RefundSplit.of(yuan("700.00"), CASH, SHARES)).isEqualTo(new RefundSplit(CASH, SHARES));
    }

    @Test
    void skipsSharesAlreadyRefundedInFull() {
        List<Allocation> left = List.of(
                new Allocation(MEMBER, EARMARKED, Money.ZERO),
                new Allocation(MEMBER, WITHDRAWABLE, yuan("0.01")),
                new Allocation(MOTHER, EARMARKED, yuan("500.00")));

        assertThat(RefundSplit.of(yuan("100.01"), Money.ZERO, left)).isEqualTo(new RefundSplit(Money.ZERO, List.of(
                new Allocation(MEMBER, WITHDRAWABLE, yuan("0.01")),
                new Allocation(MOTHER, EARMARKED, yuan("100.00")))));
    }

    @Test
    void refundsAnAllCashBillAllInCash() {
        assertThat(RefundSplit.of(yuan("88.80"), yuan("88.80"), List.of()))
                .isEqualTo(new RefundSplit(yuan("88.80"), List.of()));
    }

    @Test
    void refusesToReturnMoreThanIsLeft() {
        assertThatThrownBy(() -> RefundSplit.of(yuan("700.01"), CASH, SHARES))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("700.01");
    }

    private static Money yuan(String yuan) {
        return Money.parse(yuan);
    }
}
