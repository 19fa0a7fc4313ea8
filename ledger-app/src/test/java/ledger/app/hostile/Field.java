package ledger.app.hostile;

/** One field of a valid request body: its name, its kind and a valid raw JSON value. */
record Field(String name, FieldKind kind, String validJson, boolean required) {

    static Field required(String name, FieldKind kind, String validJson) {
        return new Field(name, kind, validJson, true);
    }

    static Field optional(String name, FieldKind kind, String validJson) {
        return new Field(name, kind, validJson, false);
    }
}
