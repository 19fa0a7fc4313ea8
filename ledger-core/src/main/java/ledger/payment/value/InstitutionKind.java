package ledger.payment.value;

/** The designated institutions (定点医药机构, 000 Q7-Q8): hospitals and retail pharmacies. */
public enum InstitutionKind {
    HOSPITAL,
    PHARMACY
}
