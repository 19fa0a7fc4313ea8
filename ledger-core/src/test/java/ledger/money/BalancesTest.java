package ledger.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class BalancesTest {

    private static final Balances HELD = new Balances(Money.parse("100.00"), Money.parse("500.00"));

    @Test
    void creditsOnlyThePotNamed() {
        assertThat(HELD.plus(Pot.EARMARKED, Money.parse("0.01")))
                .isEqualTo(new Balances(Money.parse("100.00"), Money.parse("500.01")));
    }

    @Test
    void debitsOnlyThePotNamed() {
        assertThat(HELD.minus(Pot.WITHDRAWABLE, Money.parse("100.00")))
                .isEqualTo(new Balances(Money.ZERO, Money.parse("500.00")));
    }

    @Test
    void cannotTakeMoreFromAPotThanItHoldsEvenWhenTheOtherPotCouldCoverIt() {
        Money more = Money.parse("100.01");

        assertThatIllegalArgumentException().isThrownBy(() -> HELD.minus(Pot.WITHDRAWABLE, more));
    }

    @Test
    void totalIsTheSumOfBothPots() {
        assertThat(HELD.total()).isEqualTo(Money.parse("600.00"));
    }
}
