package ledger.account;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import ledger.account.command.ReverseCredit;
import ledger.account.event.CreditReversed;
import ledger.account.event.MonthlyCreditPosted;
import ledger.crediting.CreditReversalRule;
import ledger.money.Balances;
import ledger.money.Pot;

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
        if (earlier != null) {
            CreditReversalRule.sameReason(personId, earlier, command).enforce();
        }
        return earlier;
    }

    /**
     * The reversal of the period's credit out of what the pots can give up on its day; refused when the
     * period holds no credit or the money is no longer there, since the period may be credited again.
     */
    CreditReversed plan(String personId, MonthlyCreditPosted credit, ReverseCredit command, Balances available,
                        Balances balances) {
        CreditReversalRule.periodCredited(personId, credit, command).enforce();
        PotRecovery recovery = PotRecovery.take(credit.amount(), credit.pot(), available);
        CreditReversalRule.recoverable(credit, command, recovery.unrecovered()).enforce();
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
