package ledger.closing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import ledger.account.command.CloseAccountToHeir;
import ledger.refusal.Refusal;
import ledger.refusal.RuleRefusal;
import org.junit.jupiter.api.Test;

/** A deceased's balance goes to an heir's account only if the ledger holds one (§8, 004 第九条). */
class InheritanceRuleTest {

    private static final LocalDate DIED = LocalDate.of(2024, 3, 1);
    private static final CloseAccountToHeir CLOSURE = new CloseAccountToHeir("110101195005200011", DIED,
            "110101198003030022", DIED.plusDays(10));

    @Test
    void cannotPayAnHeirWithoutAnAccount() {
        assertThat(InheritanceRule.heirHoldsAccount(CLOSURE, false).refusal()).get().isInstanceOf(RuleRefusal.class)
                .extracting(Refusal::code, Refusal::getMessage).containsExactly("heir-account-unknown", "heir "
                        + "110101198003030022 holds no personal account in the ledger; pay the balance out to the "
                        + "heirs instead");
    }

    @Test
    void canPayAnHeirWhoseAccountIsFound() {
        assertThat(InheritanceRule.heirHoldsAccount(CLOSURE, true).isAllowed()).isTrue();
    }
}
