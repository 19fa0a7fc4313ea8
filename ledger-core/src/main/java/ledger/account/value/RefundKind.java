package ledger.account.value;

/**
 * A refund of a settled payment (退费), a manual reimbursement of the bill (手工报销, 000 Q32), or the
 * cancellation of a whole settlement by the national platform's 2208 message (撤销, a full refund).
 */
public enum RefundKind {
    REFUND,
    REIMBURSEMENT,
    CANCELLATION
}
