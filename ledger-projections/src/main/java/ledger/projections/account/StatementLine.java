package ledger.projections.account;

import ledger.account.event.AccountDebited;
import ledger.account.event.BalancePaidOut;
import ledger.account.event.CashWithdrawn;
import ledger.account.event.CreditCorrected;
import ledger.account.event.CreditRecovered;
import ledger.account.event.CreditReversed;
import ledger.account.event.InheritanceCredited;
import ledger.account.event.InterestAdjusted;
import ledger.account.event.InterestPosted;
import ledger.account.event.LegacyBalanceMigrated;
import ledger.account.event.MoneyMovement;
import ledger.account.event.MonthlyCreditPosted;
import ledger.account.event.RefundCredited;
import ledger.account.event.TransferredIn;
import ledger.account.value.RefundKind;

/**
 * How a money movement reads on a statement: our entry type, the national core system's entry code
 * (domain-rules §10) and a reference a caseworker can follow. Each pot it changes is a line. Where the
 * national list has no code, the project defines one in the 9xx range, which the list does not use.
 */
public record StatementLine(String type, String nationalCode, String reference) {

    /** Project-defined: a routine cash withdrawal is not a clearance (203, payouts at termination). */
    public static final String CASH_WITHDRAWAL_CODE = "901";
    /** Project-defined: a manual reimbursement (手工报销) returned to the account is not a refund (109). */
    public static final String REIMBURSEMENT_CODE = "902";

    public static StatementLine of(MoneyMovement movement) {
        if (movement instanceof MonthlyCreditPosted credit) {
            String reference = "period " + credit.period() + ", rule " + credit.basis().ruleId();
            return credit.backFilled()
                    ? new StatementLine("BACK_FILLED_CREDIT", "111", reference)
                    : new StatementLine("MONTHLY_CREDIT", "101", reference);
        }
        if (movement instanceof CashWithdrawn withdrawal) {
            return new StatementLine("CASH_WITHDRAWAL", CASH_WITHDRAWAL_CODE, "withdrawal " + withdrawal.withdrawalId());
        }
        if (movement instanceof LegacyBalanceMigrated) {
            return new StatementLine("LEGACY_BALANCE_MIGRATED", "112", "balance migrated from the pre-reform system");
        }
        if (movement instanceof AccountDebited debit) {
            return debit.purpose().isPremium()
                    ? new StatementLine("PREMIUM_PAID", "205", paymentReference(debit))
                    : new StatementLine("PAYMENT", "201", paymentReference(debit));
        }
        if (movement instanceof RefundCredited refund) {
            return new StatementLine(refund.kind().name(),
                    refund.kind() == RefundKind.REIMBURSEMENT ? REIMBURSEMENT_CODE : "109",
                    refund.kind().name().toLowerCase() + " " + refund.refundId() + " of payment " + refund.paymentId());
        }
        return lifecycleLine(movement);
    }

    private static StatementLine lifecycleLine(MoneyMovement movement) {
        if (movement instanceof InterestPosted interest) {
            return new StatementLine("INTEREST", "103", "interest " + interest.quarter() + ", rule " + interest.ruleId());
        }
        if (movement instanceof InterestAdjusted adjusted) {
            return new StatementLine("INTEREST_ADJUSTED", "110", "interest " + adjusted.quarter() + " recomputed from "
                    + adjusted.before().total() + " to " + adjusted.after().total() + " after the missed "
                    + adjusted.missedQuarter() + " was paid, rule " + adjusted.ruleId());
        }
        if (movement instanceof CreditRecovered recovered) {
            return new StatementLine("CREDIT_RECOVERED", "104", "credit of " + recovered.period()
                    + " after the termination date, returned to the fund");
        }
        if (movement instanceof BalancePaidOut payout) {
            return new StatementLine("PAID_OUT", payout.reason().payoutCode(), payout.reason() + ", paid to "
                    + payout.payee());
        }
        if (movement instanceof CreditReversed reversed) {
            return new StatementLine("CREDIT_REVERSED", "104", "credit of " + reversed.period()
                    + " posted in error, returned to the fund: " + reversed.reason());
        }
        if (movement instanceof CreditCorrected corrected) {
            return new StatementLine("CREDIT_CORRECTED", corrected.added().isZero() ? "104" : "111",
                    "credit of " + corrected.period() + " corrected from " + corrected.before() + " to "
                            + corrected.after() + " after " + corrected.cause());
        }
        if (movement instanceof InheritanceCredited inherited) {
            return new StatementLine("INHERITED", "106", "balance of the deceased " + inherited.deceasedId());
        }
        if (movement instanceof TransferredIn transfer) {
            return new StatementLine("TRANSFER_IN", "107", "transfer " + transfer.transferId() + " from "
                    + transfer.fromRegion());
        }
        throw new IllegalArgumentException("no statement line for " + movement.getClass().getName());
    }

    private static String paymentReference(AccountDebited debit) {
        String family = debit.payerId().equals(debit.personId()) ? "" : ", family use by " + debit.payerId();
        String beneficiary = debit.beneficiaryId().equals(debit.payerId()) ? "" : ", for " + debit.beneficiaryId();
        return "payment " + debit.paymentId() + " at " + debit.institutionId() + " (" + debit.purpose() + ")"
                + family + beneficiary;
    }
}
