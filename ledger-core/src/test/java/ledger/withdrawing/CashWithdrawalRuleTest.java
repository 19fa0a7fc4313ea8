package ledger.withdrawing;

import static org.assertj.core.api.Assertions.assertThat;

import ledger.money.Pot;
import ledger.refusal.Refusal;
import ledger.refusal.RuleRefusal;
import org.junit.jupiter.api.Test;

/** The pot rule the withdrawal endpoint asks before a withdrawal is sent (000 Q11-Q13). */
class CashWithdrawalRuleTest {

    @Test
    void cannotWithdrawEarmarkedFunds() {
        assertThat(CashWithdrawalRule.fromPot(Pot.EARMARKED).refusal()).get()
                .isInstanceOf(RuleRefusal.class).extracting(Refusal::code).isEqualTo("earmarked-not-withdrawable");
    }

    @Test
    void canWithdrawFromTheWithdrawablePot() {
        assertThat(CashWithdrawalRule.fromPot(Pot.WITHDRAWABLE).isAllowed()).isTrue();
    }
}
