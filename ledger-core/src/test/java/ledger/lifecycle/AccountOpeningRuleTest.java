package ledger.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import ledger.account.command.OpenAccount;
import ledger.policy.Category;
import ledger.refusal.InvalidInput;
import ledger.refusal.Refusal;
import org.junit.jupiter.api.Test;

/** What the dates and category of an account opening must agree on. */
class AccountOpeningRuleTest {

    private static final LocalDate BORN = LocalDate.of(1960, 5, 20);
    private static final LocalDate OPENED = LocalDate.of(2023, 1, 1);

    @Test
    void cannotOpenAnAccountBeforeTheHolderIsBorn() {
        assertThat(AccountOpeningRule.bornByOpening(opening(Category.EMPLOYEE, OPENED.plusDays(1), null)).refusal())
                .get().isInstanceOf(InvalidInput.class).extracting(Refusal::code).isEqualTo("born-after-opening");
        assertThat(AccountOpeningRule.bornByOpening(opening(Category.EMPLOYEE, BORN, null)).isAllowed()).isTrue();
    }

    @Test
    void cannotGiveARetirementDayToAWorkingPerson() {
        LocalDate retired = LocalDate.of(2020, 6, 1);
        assertThat(AccountOpeningRule.retiredOnOfRetiree(opening(Category.EMPLOYEE, BORN, retired)).refusal()).get()
                .extracting(Refusal::code).isEqualTo("retired-on-for-working-category");
        assertThat(AccountOpeningRule.retiredOnOfRetiree(opening(Category.RETIREE, BORN, retired)).isAllowed())
                .isTrue();
    }

    @Test
    void cannotRetireBeforeBirth() {
        assertThat(AccountOpeningRule.retiredAfterBirth(opening(Category.RETIREE, BORN, BORN.minusDays(1))).refusal())
                .get().extracting(Refusal::code).isEqualTo("retired-before-birth");
        assertThat(AccountOpeningRule.retiredAfterBirth(opening(Category.RETIREE, BORN, null)).isAllowed()).isTrue();
    }

    private static OpenAccount opening(Category category, LocalDate birthDate, LocalDate retiredOn) {
        return new OpenAccount("110101196005200011", "BEIJING", category, birthDate, OPENED, retiredOn, null);
    }
}
