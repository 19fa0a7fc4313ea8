package ledger.account;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import ledger.account.command.ReverseCredit;
import ledger.account.event.CreditReversed;
import ledger.account.event.MonthlyCreditPosted;
import ledger.money.Balances;
import ledger.money.Pot;
import ledger.refusal.ConflictWithHistory;
import ledger.refusal.RuleRefusal;

/**
 * Which periods had their credit reversed and are not credited again yet (with that reversal), and how a
 * reversal is planned.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
final class CreditReversals {

    private final Map<YearMonth, CreditReversed> reversed = new HashMap<>();

    /**
     * The stored reversal a request repeats: the period is reversed and not credited again, and the
     * reason is the same. Another reason for a reversed period is a conflict; null when nothing repeats.
     */
    CreditReversed repeated(String personId, MonthlyCreditPosted credit, ReverseCredit command) {
        CreditReversed earlier = credit == null ? reversed.get(command.period()) : null;
        if (earlier == null) {
            return null;
        }
        if (!earlier.reason().equals(command.reason())) {
            throw new ConflictWithHistory("credit-already-reversed", "the credit of " + command.period()
                    + " of person " + personId + " was reversed on " + earlier.reversedOn() + " for \""
                    + earlier.reason() + "\" and is not credited again; a request with another reason repeats nothing");
        }
        return earlier;
    }

    /**
     * The reversal of the period's credit out of what the pots can give up on its day; refused when the
     * period holds no credit or the money is no longer there, since the period may be credited again.
     */
    CreditReversed plan(String personId, MonthlyCreditPosted credit, ReverseCredit command, Balances available,
                        Balances balances) {
        if (credit == null) {
            throw new RuleRefusal("period-not-credited", "period " + command.period() + " of person " + personId
                    + " was never credited: there is nothing to reverse");
        }
        PotRecovery recovery = PotRecovery.take(credit.amount(), credit.pot(), available);
        if (!recovery.unrecovered().isZero()) {
            throw new RuleRefusal("reversal-exceeds-balance", "the credit of " + credit.amount() + " for "
                    + command.period() + " cannot be taken back: the account can give up only "
                    + credit.amount().minus(recovery.unrecovered()) + " on " + command.reversedOn());
        }
        Balances after = balances.minus(Pot.WITHDRAWABLE, recovery.withdrawable())
                .minus(Pot.EARMARKED, recovery.earmarked());
        return new CreditReversed(personId, command.period(), credit.amount(), credit.basis(), command.reason(),
                recovery.withdrawable(), recovery.earmarked(), command.reversedOn(), after);
    }

    void reversed(CreditReversed reversal) {
        reversed.put(reversal.period(), reversal);
    }

    void credited(YearMonth period) {
        reversed.remove(period);
    }
}
