package ledger.interest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import ledger.refusal.ConflictWithHistory;
import ledger.refusal.Refusal;
import ledger.refusal.RuleRefusal;
import org.junit.jupiter.api.Test;

/** When a quarter's interest is paid, and what its payment closes to later changes (domain-rules §3). */
class InterestRuleTest {

    private static final Quarter Q1 = Quarter.parse("2024-Q1");
    private static final LocalDate INTEREST_DAY = LocalDate.of(2024, 3, 20);

    @Test
    void cannotChangeTheBalanceOnOrBeforeAPaidInterestDay() {
        assertThat(InterestRule.afterPaidInterest(INTEREST_DAY, INTEREST_DAY, Q1).refusal()).get()
                .isInstanceOf(RuleRefusal.class).extracting(Refusal::code, Refusal::getMessage).containsExactly(
                        "before-paid-interest", "a change effective 2024-03-20 falls on or before the interest day "
                                + "2024-03-20 of quarter 2024-Q1, whose interest is already paid; it would make that "
                                + "interest wrong");
    }

    @Test
    void canChangeTheBalanceAfterThePaidInterestDayOrBeforeAnyInterestIsPaid() {
        assertThat(InterestRule.afterPaidInterest(INTEREST_DAY.plusDays(1), INTEREST_DAY, Q1).isAllowed()).isTrue();
        assertThat(InterestRule.afterPaidInterest(INTEREST_DAY, null, null).isAllowed()).isTrue();
    }

    @Test
    void cannotPayAQuarterTwice() {
        assertThat(InterestRule.notPaidYet(Q1, true).refusal()).get().isInstanceOf(ConflictWithHistory.class)
                .extracting(Refusal::code).isEqualTo("quarter-already-paid");
        assertThat(InterestRule.notPaidYet(Q1, false).isAllowed()).isTrue();
    }

    @Test
    void cannotPayAQuarterOnItsInterestDay() {
        assertThat(InterestRule.quarterEnded(Q1, INTEREST_DAY, INTEREST_DAY).refusal()).get()
                .extracting(Refusal::code).isEqualTo("quarter-not-ended");
        assertThat(InterestRule.quarterEnded(Q1, INTEREST_DAY, INTEREST_DAY.plusDays(1)).isAllowed()).isTrue();
    }
}
