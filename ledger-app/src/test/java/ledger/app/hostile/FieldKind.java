package ledger.app.hostile;

/** What a field of a request body holds, which decides the bad values aimed at it. */
enum FieldKind {
    DATE, MONTH, QUARTER, INSTANT, MONEY, ID, ENUM, PIN, ID_LIST, BOOLEAN, TEXT
}
