package ledger.account.receipt;

import ledger.account.event.CreditReversed;

/** What a reversal answers: the reversal, and whether it repeats one already stored (nothing was applied). */
public record ReversalReceipt(CreditReversed reversal, boolean repeated) {
}
