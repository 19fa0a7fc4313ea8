package ledger.account;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import ledger.account.command.CloseAccount;
import ledger.account.event.AccountClosed;
import ledger.account.event.AccountEvent;
import ledger.account.event.BalancePaidOut;
import ledger.account.event.CreditRecovered;
import ledger.account.event.MonthlyCreditPosted;
import ledger.account.receipt.ClosureReceipt;
import ledger.account.value.ClosureReason;
import ledger.closing.LiquidationRule;
import ledger.money.Balances;
import ledger.money.Money;
import ledger.policy.RegionPolicy;

/**
 * Plans a liquidation (清算, 000 Q35, 004 第九条–第十条): every credit for a month after the
 * termination date goes back to the fund, from the pot it was paid into and then the other pot, as far
 * as the pots reach; what remains is paid to the payee.
 */
final class Liquidation {

    private Liquidation() {
    }

    /** What a liquidation applies, answers and pays out of each pot. */
    record Liquidated(List<AccountEvent> events, ClosureReceipt receipt, Balances paidOut) {
    }

    /** Recoveries of credits after the termination, the payout of the rest, the closure; nothing yet applied. */
    static Liquidated plan(AccountState account, CloseAccount command, RegionPolicy region, String payee) {
        account.ensureOpen();
        LiquidationRule.reasonInRegion(command.reason(), region).enforce();
        LiquidationRule.endsAfterOpening(command.effectiveOn(), account.openedOn).enforce();
        LiquidationRule.liquidatedAfterItEnds(command.effectiveOn(), command.closedOn()).enforce();
        account.interest.openOn(command.closedOn()).enforce();
        LiquidationRule.nothingArrivesAfter(command.closedOn(), account.availableFrom(command.closedOn()),
                account.balances).enforce();
        List<CreditRecovered> recoveries = recoveries(account.personId, account.creditsByPeriod,
                command.effectiveOn(), command.closedOn(), account.balances);
        List<AccountEvent> events = new ArrayList<>(recoveries);
        // what the recoveries leave is paid out
        Balances paidOut = recoveries.isEmpty() ? account.balances : recoveries.get(recoveries.size() - 1).balanceAfter();
        if (!paidOut.total().isZero()) {
            events.add(new BalancePaidOut(account.personId, command.reason(), payee, paidOut.withdrawable(),
                    paidOut.earmarked(), command.closedOn(), Balances.EMPTY));
        }
        events.add(new AccountClosed(account.personId, command.reason(), command.effectiveOn(), payee,
                command.closedOn()));
        Money recovered = recoveries.stream().map(CreditRecovered::amount).reduce(Money.ZERO, Money::plus);
        Money unrecovered = recoveries.stream().map(CreditRecovered::unrecovered).reduce(Money.ZERO, Money::plus);
        return new Liquidated(events, new ClosureReceipt(recovered, unrecovered, paidOut.total(), payee,
                command.reason().payoutCode()), paidOut);
    }

    private static List<CreditRecovered> recoveries(String personId, Map<YearMonth, MonthlyCreditPosted> credits,
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
