package ledger.payment.value;

/** A designated hospital or pharmacy (定点医药机构) as the bureau registered it, and the region it serves. */
public record DesignatedInstitution(String institutionId, String name, String region, InstitutionKind kind) {
}
