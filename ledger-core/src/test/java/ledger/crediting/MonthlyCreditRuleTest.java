package ledger.crediting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import ledger.policy.InsuranceStatus;
import ledger.refusal.Refusal;
import ledger.refusal.RuleRefusal;
import org.junit.jupiter.api.Test;

/** A month in a status that earns no credit is not credited (000 Q14). */
class MonthlyCreditRuleTest {

    private static final String PERSON = "110101198005200011";
    private static final YearMonth PERIOD = YearMonth.of(2024, 3);

    @Test
    void cannotCreditAMonthNotContributed() {
        assertThat(MonthlyCreditRule.statusCredited(PERSON, PERIOD, InsuranceStatus.NOT_CONTRIBUTING, false)
                .refusal()).get().isInstanceOf(RuleRefusal.class).extracting(Refusal::code, Refusal::getMessage)
                .containsExactly("status-not-credited", PERSON + " is NOT_CONTRIBUTING in 2024-03: that status earns "
                        + "no credit (000 Q14)");
    }

    @Test
    void canCreditAMonthWithACategory() {
        assertThat(MonthlyCreditRule.statusCredited(PERSON, PERIOD, InsuranceStatus.EMPLOYEE, true).isAllowed())
                .isTrue();
    }
}
