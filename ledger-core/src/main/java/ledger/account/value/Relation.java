package ledger.account.value;

/** Family members an account holder may register (Civil Code; domain-rules §5, 000 Q10). */
public enum Relation {
    SPOUSE,
    PARENT,
    CHILD
}
