package ledger.account;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import ledger.account.event.CreditRecovered;
import ledger.account.event.MonthlyCreditPosted;
import ledger.account.value.ClosureReason;
import ledger.money.Balances;

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
            PotRecovery recovery = PotRecovery.take(credit.amount(), credit.pot(), running);
            running = recovery.left();
            recoveries.add(new CreditRecovered(personId, credit.period(), recovery.withdrawable(),
                    recovery.earmarked(), recovery.unrecovered(), closedOn, running));
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
