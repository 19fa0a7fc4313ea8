package ledger.projections.account;

import ledger.account.AccountDebited;
import ledger.account.CashWithdrawn;
import ledger.account.LegacyBalanceMigrated;
import ledger.account.MonthlyCreditPosted;
import ledger.account.MoneyMovement;
import ledger.account.RefundCredited;
import ledger.money.Pot;

/**
 * How a money movement reads on a statement: our entry type, the national core system's entry code
 * (domain-rules §10), the signed amount in fen and a reference a caseworker can follow.
 */
record StatementLine(String type, String nationalCode, long signedFen, Pot pot, String reference) {

    static StatementLine of(MoneyMovement movement) {
        if (movement instanceof MonthlyCreditPosted credit) {
            return credit.backFilled()
                    ? new StatementLine("BACK_FILLED_CREDIT", "111", credit.amount().fen(), credit.pot(), creditReference(credit))
                    : new StatementLine("MONTHLY_CREDIT", "101", credit.amount().fen(), credit.pot(), creditReference(credit));
        }
        if (movement instanceof CashWithdrawn withdrawal) {
            return new StatementLine("CASH_WITHDRAWAL", "203", -withdrawal.amount().fen(), withdrawal.pot(),
                    "withdrawal " + withdrawal.withdrawalId());
        }
        if (movement instanceof LegacyBalanceMigrated legacy) {
            return new StatementLine("LEGACY_BALANCE_MIGRATED", "112", legacy.amount().fen(), Pot.WITHDRAWABLE,
                    "balance migrated from the pre-reform system");
        }
        if (movement instanceof AccountDebited debit) {
            return new StatementLine(debit.purpose().isPremium() ? "PREMIUM_PAID" : "PAYMENT",
                    debit.purpose().isPremium() ? "205" : "201", -debit.amount().fen(), debit.pot(), paymentReference(debit));
        }
        if (movement instanceof RefundCredited refund) {
            return new StatementLine(refund.kind().name(), "109", refund.amount().fen(), refund.pot(),
                    refund.kind().name().toLowerCase() + " " + refund.refundId() + " of payment " + refund.paymentId());
        }
        throw new IllegalArgumentException("no statement line for " + movement.getClass().getName());
    }

    private static String paymentReference(AccountDebited debit) {
        String family = debit.payerId().equals(debit.personId()) ? "" : ", family use by " + debit.payerId();
        String beneficiary = debit.beneficiaryId().equals(debit.payerId()) ? "" : ", for " + debit.beneficiaryId();
        return "payment " + debit.paymentId() + " at " + debit.institutionId() + " (" + debit.purpose() + ")"
                + family + beneficiary;
    }

    private static String creditReference(MonthlyCreditPosted credit) {
        return "period " + credit.period() + ", rule " + credit.basis().ruleId();
    }
}
