package ledger.withdrawing;

import java.time.LocalDate;
import ledger.account.command.WithdrawCash;
import ledger.account.event.CashWithdrawn;
import ledger.money.Balances;
import ledger.money.Money;
import ledger.money.Pot;
import ledger.policy.CashWithdrawalPolicy;
import ledger.policy.RegionPolicy;
import ledger.refusal.ConflictWithHistory;
import ledger.refusal.Decision;
import ledger.refusal.InvalidInput;
import ledger.refusal.RuleRefusal;

/** When cash may be paid out of an account (domain-rules §1, 000 Q11-Q13). */
public final class CashWithdrawalRule {

    private CashWithdrawalRule() {
    }

    /** Only the withdrawable pot pays out in cash; earmarked money never does. */
    public static Decision fromPot(Pot pot) {
        return Decision.unless(pot == Pot.EARMARKED, () -> new RuleRefusal("earmarked-not-withdrawable",
                "earmarked money is never withdrawn in cash; only the withdrawable pot pays out (000 Q11-Q13)"));
    }

    public static Decision aboveZero(Money amount) {
        return Decision.unless(amount.isZero(), () -> new InvalidInput("zero-amount",
                "a withdrawal must be above 0.00"));
    }

    /** Cash is paid out only where the region's bureau allows it. */
    public static Decision allowedIn(RegionPolicy region) {
        CashWithdrawalPolicy cash = region.use().cashWithdrawal();
        return Decision.unless(!cash.allowed(), () -> new RuleRefusal("cash-withdrawal-not-allowed", region.region()
                + " pays no account money out in cash (" + cash.source() + "); the withdrawable pot is spent at the "
                + "counter like earmarked money"));
    }

    /** No more than the withdrawable pot's lowest balance from the day on ({@code available}). */
    public static Decision withinWithdrawable(Money amount, Money available, LocalDate day, Balances today) {
        return Decision.unless(amount.exceeds(available), () -> new RuleRefusal("exceeds-withdrawable",
                "withdrawal of " + amount + " exceeds the withdrawable pot of " + available
                        + lowestNote(available, day, today) + "; the earmarked " + today.earmarked()
                        + " is never paid out in cash (000 Q11-Q13)"));
    }

    /** The same withdrawal asked again answers the first; the same id with another body is refused. */
    public static Decision sameRequest(CashWithdrawn earlier, WithdrawCash command) {
        return Decision.unless(!earlier.amount().equals(command.amount())
                || !earlier.occurredOn().equals(command.occurredOn()), () -> new ConflictWithHistory(
                "withdrawal-id-reused", "withdrawal " + command.withdrawalId() + " was already applied with amount "
                + earlier.amount() + " on " + earlier.occurredOn() + "; the same id with a different body is refused"));
    }

    private static String lowestNote(Money available, LocalDate day, Balances today) {
        return available.equals(today.withdrawable()) ? ""
                : " on " + day + " and every day after (it holds " + today.withdrawable() + " today)";
    }
}
