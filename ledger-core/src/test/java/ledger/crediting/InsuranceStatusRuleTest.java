package ledger.crediting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import ledger.policy.InsuranceStatus;
import ledger.refusal.ConflictWithHistory;
import ledger.refusal.Refusal;
import ledger.refusal.RuleRefusal;
import org.junit.jupiter.api.Test;

/** When a change of insurance status may be recorded (000 Q14). */
class InsuranceStatusRuleTest {

    private static final String PERSON = "110101198005200011";
    private static final LocalDate OPENED = LocalDate.of(2023, 1, 1);

    @Test
    void cannotChangeStatusBeforeTheAccountWasOpened() {
        assertThat(InsuranceStatusRule.afterOpening(PERSON, OPENED, OPENED.minusDays(1)).refusal()).get()
                .isInstanceOf(RuleRefusal.class).extracting(Refusal::code).isEqualTo("status-change-before-opening");
    }

    @Test
    void canChangeStatusOnTheDayOfOpening() {
        assertThat(InsuranceStatusRule.afterOpening(PERSON, OPENED, OPENED).isAllowed()).isTrue();
    }

    @Test
    void cannotChangeTheStatusOfARetiree() {
        assertThat(InsuranceStatusRule.ofWorkingPerson(PERSON, true).refusal()).get()
                .extracting(Refusal::code).isEqualTo("status-change-of-retiree");
        assertThat(InsuranceStatusRule.ofWorkingPerson(PERSON, false).isAllowed()).isTrue();
    }

    @Test
    void cannotChangeToTheStatusAlreadyHeld() {
        assertThat(InsuranceStatusRule.changesStatus(PERSON, InsuranceStatus.EMPLOYEE, InsuranceStatus.EMPLOYEE)
                .refusal()).get().isInstanceOf(ConflictWithHistory.class).extracting(Refusal::code)
                .isEqualTo("status-unchanged");
        assertThat(InsuranceStatusRule.changesStatus(PERSON, InsuranceStatus.EMPLOYEE,
                InsuranceStatus.NOT_CONTRIBUTING).isAllowed()).isTrue();
    }

    @Test
    void cannotRecordAChangeBeforeAnEarlierChange() {
        LocalDate last = LocalDate.of(2024, 3, 1);
        assertThat(InsuranceStatusRule.inOrderOfEffect(last.minusDays(1), Optional.of(last)).refusal()).get()
                .extracting(Refusal::code).isEqualTo("status-change-before-earlier-change");
        assertThat(InsuranceStatusRule.inOrderOfEffect(last, Optional.of(last)).isAllowed()).isTrue();
        assertThat(InsuranceStatusRule.inOrderOfEffect(last, Optional.empty()).isAllowed()).isTrue();
    }
}
