package ledger.account;

/** A refund of a settled payment (退费) or a manual reimbursement of the bill (手工报销, 000 Q32). */
public enum RefundKind {
    REFUND,
    REIMBURSEMENT
}
