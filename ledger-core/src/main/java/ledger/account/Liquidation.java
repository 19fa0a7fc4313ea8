package ledger.account;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import ledger.money.Balances;
import ledger.money.Money;
import ledger.money.Pot;

/**
 * Plans a liquidation (清算, 000 Q35, 004 第九条–第十条): every credit for a month after the
 * termination date goes back to the fund, from the pot it was paid into and then the other pot, as far
 * as the pots reach; what remains is paid to the payee.
 */
final class Liquidation {

    private Liquidation() {
    }

    static List<CreditRecovered> recoveries(String personId, Map<YearMonth, MonthlyCreditPosted> credits,
                                            LocalDate effectiveOn, LocalDate closedOn, Balances balances) {
        YearMonth lastEntitled = YearMonth.from(effectiveOn);
        List<CreditRecovered> recoveries = new ArrayList<>();
        Balances running = balances;
        for (MonthlyCreditPosted credit : credits.values().stream()
                .filter(credit -> credit.period().isAfter(lastEntitled))
                .sorted(Comparator.comparing(MonthlyCreditPosted::period)).toList()) {
            Pot first = credit.pot();
            Pot second = first == Pot.EARMARKED ? Pot.WITHDRAWABLE : Pot.EARMARKED;
            Money fromFirst = credit.amount().min(running.in(first));
            Money fromSecond = credit.amount().minus(fromFirst).min(running.in(second));
            running = running.minus(first, fromFirst).minus(second, fromSecond);
            Money withdrawable = first == Pot.WITHDRAWABLE ? fromFirst : fromSecond;
            Money earmarked = first == Pot.EARMARKED ? fromFirst : fromSecond;
            recoveries.add(new CreditRecovered(personId, credit.period(), withdrawable, earmarked,
                    credit.amount().minus(fromFirst).minus(fromSecond), closedOn, running));
        }
        return recoveries;
    }

    static String payeeFor(String personId, ClosureReason reason, String payee) {
        if (payee != null && !payee.isBlank()) {
            return payee;
        }
        return switch (reason) {
            case DECEASED -> "legal heirs of " + personId;
            case TRANSFERRED_OUT -> "medical insurance agency of the receiving region";
            default -> personId;
        };
    }
}
