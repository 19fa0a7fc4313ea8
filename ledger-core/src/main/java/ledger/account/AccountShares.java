package ledger.account;

import java.time.LocalDate;
import ledger.account.event.AccountDebited;
import ledger.account.event.ClosedAccountRefundForwarded;
import ledger.account.event.InheritanceCredited;
import ledger.account.event.RefundCredited;
import ledger.account.value.RefundKind;
import ledger.money.Balances;
import ledger.money.Money;
import ledger.money.Pot;

/**
 * One account's share of a movement across accounts (a settlement, a refund, an inheritance): the
 * event of this account, decided, not yet applied. The cross-account handler planned the amounts.
 */
final class AccountShares {

    private AccountShares() {
    }

    static AccountDebited debit(AccountState account, PaymentShare share, Pot pot, Money amount) {
        account.ensureOpenOn("a payment", share.paymentDay());
        return new AccountDebited(account.personId, share.paymentId(), pot, amount, share.payerId(),
                share.beneficiaryId(), share.purpose(), share.institutionId(), share.occurredAt(), share.paymentDay(),
                account.balances.minus(pot, amount));
    }

    static RefundCredited refund(AccountState account, String paymentId, String refundId, RefundKind kind, Pot pot,
                                 Money amount, LocalDate refundedOn) {
        account.ensureOpenedBy("a refund", refundedOn);
        account.interest.openOn(refundedOn).enforce();
        return new RefundCredited(account.personId, paymentId, refundId, kind, pot, amount, refundedOn,
                account.balances.plus(pot, amount));
    }

    /** A refund share owed to a closed account goes to the payee of its liquidation. */
    static ClosedAccountRefundForwarded forward(AccountState account, String paymentId, String refundId, Pot pot,
                                                Money amount, LocalDate forwardedOn) {
        return new ClosedAccountRefundForwarded(account.personId, paymentId, refundId, pot, amount,
                account.closure.payee(), forwardedOn);
    }

    /** As heir: the deceased's pots credited into the same pots of this account (code 106). */
    static InheritanceCredited inherit(AccountState heir, String deceasedId, Balances inherited, LocalDate creditedOn) {
        heir.ensureHoldsAccount();
        heir.ensureOpenOn("an inheritance", creditedOn);
        return new InheritanceCredited(heir.personId, deceasedId, inherited.withdrawable(), inherited.earmarked(),
                creditedOn, heir.balances.plus(Pot.WITHDRAWABLE, inherited.withdrawable())
                .plus(Pot.EARMARKED, inherited.earmarked()));
    }
}
