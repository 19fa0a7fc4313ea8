package ledger.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ledger.refusal.RuleRefusal;
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

    /** A balance, total of both pots, stops at the most an account may hold, so its events read back. */
    @Test
    void refusesToHoldMoreThanTheLargestBalance() {
        Balances full = new Balances(Money.parse("9999999.00"), Money.parse("0.99"));

        assertThatThrownBy(() -> full.plus(Pot.EARMARKED, Money.parse("0.01")))
                .isInstanceOfSatisfying(RuleRefusal.class,
                        refusal -> assertThat(refusal.code()).isEqualTo("balance-limit"));
        assertThat(HELD.plus(Pot.WITHDRAWABLE, Money.parse("9999399.99")).total()).isEqualTo(MoneyLimits.BALANCE_MAX);
    }
}
