package ledger.account;

import ledger.account.command.WithdrawCash;
import ledger.account.event.CashWithdrawn;
import ledger.money.Pot;
import ledger.policy.RegionPolicy;
import ledger.withdrawing.CashWithdrawalRule;

/** A cash withdrawal from the withdrawable pot (domain-rules §1), decided, not yet applied. */
final class CashWithdrawals {

    private CashWithdrawals() {
    }

    static CashWithdrawn withdraw(AccountState account, WithdrawCash command, RegionPolicy region) {
        account.ensureOpen();
        CashWithdrawalRule.aboveZero(command.amount()).enforce();
        CashWithdrawalRule.allowedIn(region).enforce();
        account.ensureOpenOn("a withdrawal", command.occurredOn());
        CashWithdrawalRule.withinWithdrawable(command.amount(), account.availableFrom(command.occurredOn())
                .withdrawable(), command.occurredOn(), account.balances).enforce();
        return new CashWithdrawn(account.personId, command.withdrawalId(), command.amount(), command.occurredOn(),
                account.balances.minus(Pot.WITHDRAWABLE, command.amount()));
    }
}
