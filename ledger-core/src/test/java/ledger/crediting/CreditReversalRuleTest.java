package ledger.crediting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import ledger.account.command.ReverseCredit;
import ledger.account.event.CreditReversed;
import ledger.account.event.MonthlyCreditPosted;
import ledger.money.Balances;
import ledger.money.Money;
import ledger.money.Pot;
import ledger.refusal.ConflictWithHistory;
import ledger.refusal.Refusal;
import ledger.refusal.RuleRefusal;
import org.junit.jupiter.api.Test;

/** When a credit posted in error may be taken back (退收, 104). */
class CreditReversalRuleTest {

    private static final String PERSON = "110101198005200011";
    private static final YearMonth PERIOD = YearMonth.of(2024, 3);
    private static final LocalDate REVERSED_ON = LocalDate.of(2024, 4, 2);
    private static final ReverseCredit REVERSAL = new ReverseCredit(PERSON, PERIOD, "posted twice", REVERSED_ON);
    private static final MonthlyCreditPosted CREDIT = new MonthlyCreditPosted(PERSON, PERIOD, Money.parse("120.00"),
            Pot.WITHDRAWABLE, LocalDate.of(2024, 3, 15), false, null,
            new Balances(Money.parse("120.00"), Money.ZERO));

    @Test
    void cannotRepeatAReversalWithAnotherReason() {
        CreditReversed earlier = reversal("wrong contribution base");
        assertThat(CreditReversalRule.sameReason(PERSON, earlier, REVERSAL).refusal()).get()
                .isInstanceOf(ConflictWithHistory.class).extracting(Refusal::code).isEqualTo("credit-already-reversed");
    }

    @Test
    void canRepeatAReversalWithTheSameReason() {
        assertThat(CreditReversalRule.sameReason(PERSON, reversal("posted twice"), REVERSAL).isAllowed()).isTrue();
    }

    @Test
    void cannotReverseAPeriodNeverCredited() {
        assertThat(CreditReversalRule.periodCredited(PERSON, null, REVERSAL).refusal()).get()
                .isInstanceOf(RuleRefusal.class).extracting(Refusal::code).isEqualTo("period-not-credited");
        assertThat(CreditReversalRule.periodCredited(PERSON, CREDIT, REVERSAL).isAllowed()).isTrue();
    }

    @Test
    void cannotReverseMoreThanThePotsCanGiveUp() {
        assertThat(CreditReversalRule.recoverable(CREDIT, REVERSAL, Money.parse("0.01")).refusal()).get()
                .extracting(Refusal::code, Refusal::getMessage).containsExactly("reversal-exceeds-balance",
                        "the credit of 120.00 for 2024-03 cannot be taken back: the account can give up only 119.99"
                                + " on 2024-04-02");
        assertThat(CreditReversalRule.recoverable(CREDIT, REVERSAL, Money.ZERO).isAllowed()).isTrue();
    }

    private static CreditReversed reversal(String reason) {
        return new CreditReversed(PERSON, PERIOD, CREDIT.amount(), null, reason, CREDIT.amount(), Money.ZERO,
                REVERSED_ON, Balances.EMPTY);
    }
}
