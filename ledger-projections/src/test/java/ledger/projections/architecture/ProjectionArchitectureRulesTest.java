package ledger.projections.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import ledger.account.PersonalAccount;
import ledger.account.event.MonthlyCreditPosted;
import ledger.money.Balances;
import ledger.payment.Payment;
import ledger.payment.receipt.PaymentReceipt;
import ledger.withdrawing.CashWithdrawalRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rule of {@link ProjectionArchitectureTest} catches what it names, so a green run means something. */
class ProjectionArchitectureRulesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(classes = {ReadsTheAccountAggregate.class, ReadsThePaymentAggregate.class, AsksARule.class})
    void ruleFlagsAReadModelThatReadsTheModel(Class<?> reader) {
        assertThat(violates(reader)).isTrue();
    }

    @Test
    void ruleAllowsAReadModelOfEventsAndValues() {
        assertThat(violates(ReadsAnEvent.class)).isFalse();
    }

    private static boolean violates(Class<?> type) {
        return ProjectionArchitectureRules.READ_MESSAGES_AND_VALUES_ONLY
                .evaluate(new ClassFileImporter().importClasses(type)).hasViolation();
    }

    static class ReadsTheAccountAggregate {
        Balances read(PersonalAccount account) {
            return account.balances();
        }
    }

    static class ReadsThePaymentAggregate {
        PaymentReceipt read(Payment payment) {
            return payment.receipt();
        }
    }

    static class AsksARule {
        boolean read() {
            return CashWithdrawalRule.fromPot(null).isAllowed();
        }
    }

    static class ReadsAnEvent {
        Balances read(MonthlyCreditPosted credit) {
            return credit.balanceAfter();
        }
    }
}
