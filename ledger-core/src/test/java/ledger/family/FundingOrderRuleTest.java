package ledger.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import ledger.refusal.Refusal;
import ledger.refusal.RuleRefusal;
import org.junit.jupiter.api.Test;

/** A member reorders the family accounts that pay for him, each once (domain-rules §5). */
class FundingOrderRuleTest {

    private static final String MEMBER = "110101201001010011";
    private static final List<String> CURRENT = List.of("110101198005200011", "110101198206150022");

    @Test
    void canReorderTheAccountsThatRegisteredHim() {
        assertThat(FundingOrderRule.permutationOf(MEMBER, CURRENT, List.of(CURRENT.get(1), CURRENT.get(0)))
                .isAllowed()).isTrue();
    }

    @Test
    void cannotListAnAccountTwice() {
        assertThat(FundingOrderRule.permutationOf(MEMBER, CURRENT, List.of(CURRENT.get(0), CURRENT.get(0)))
                .refusal()).get().isInstanceOf(RuleRefusal.class).extracting(Refusal::code)
                .isEqualTo("not-a-permutation");
    }

    @Test
    void cannotLeaveAnAccountOut() {
        assertThat(FundingOrderRule.permutationOf(MEMBER, CURRENT, List.of(CURRENT.get(0))).refusal()).get()
                .extracting(Refusal::getMessage).isEqualTo("the funding order of " + MEMBER + " must list exactly "
                        + "the accounts that registered it, each once: " + CURRENT + "; got [" + CURRENT.get(0) + "]");
    }
}
