package ledger.app.hostile;

/**
 * What a field of a request body holds, which decides the bad values aimed at it. A region code
 * ({@code fromRegion}) may name a region the ledger does not keep, so only its form is checked.
 */
enum FieldKind {
    DATE, MONTH, QUARTER, INSTANT, MONEY, ID, ENUM, REGION_CODE, PIN, ID_LIST, BOOLEAN, TEXT
}
