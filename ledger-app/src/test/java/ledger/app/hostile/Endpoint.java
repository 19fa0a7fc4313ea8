package ledger.app.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import ledger.app.http.LedgerUser;

/**
 * An endpoint of the contract with a valid body, from which every hostile variant is derived: one
 * field at a time replaced by a bad value, a required field left out, and whole bodies that are no
 * JSON object at all. Each {@code $new} in a valid value becomes a new id in every variant, so a
 * variant the ledger wrongly accepted could never pass for the repeat of an earlier request.
 */
record Endpoint(String method, String path, LedgerUser user, List<Field> fields) {

    static final String NEW_ID = "$new";

    record Variant(String description, String body) {
    }

    List<Variant> hostileVariants() {
        List<Variant> variants = new ArrayList<>();
        for (Field field : fields) {
            for (String bad : badValuesFor(field)) {
                variants.add(new Variant(field.name() + " = " + abbreviated(bad), body(field.name(), bad)));
            }
            if (field.required()) {
                variants.add(new Variant("without " + field.name(), body(field.name(), null)));
            }
        }
        variants.addAll(wholeBodyVariants());
        return variants;
    }

    private List<Variant> wholeBodyVariants() {
        String valid = body(null, null);
        String first = fields.get(0).name();
        String inner = valid.substring(1, valid.length() - 1);
        return List.of(
                new Variant("empty body", ""),
                new Variant("not JSON", "not json"),
                new Variant("a JSON array", "[" + valid + "]"),
                new Variant("JSON null", "null"),
                new Variant("cut short", valid.substring(0, valid.length() / 2)),
                new Variant("duplicate key " + first, "{" + inner + ",\"" + first + "\":"
                        + valid(fields.get(0)) + "}"),
                new Variant("unknown field", "{" + inner + ",\"amout\":\"1.00\"}"),
                new Variant("nested ten thousand deep", "[".repeat(10_000) + "]".repeat(10_000)),
                new Variant("two megabytes", "{" + inner + ",\"padding\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}"));
    }

    private List<String> badValuesFor(Field field) {
        List<String> bad = new ArrayList<>(BadValues.forKind(field.kind()));
        BadValues.ANY_FIELD.stream()
                .filter(value -> !(value.equals("null") && !field.required()))
                .filter(value -> !(field.kind() == FieldKind.BOOLEAN && value.equals("true")))
                .forEach(bad::add);
        return bad;
    }

    /** The valid body with one field replaced ({@code null} value: left out). */
    private String body(String replaced, String value) {
        return fields.stream()
                .filter(field -> !field.name().equals(replaced) || value != null)
                .map(field -> "\"" + field.name() + "\":"
                        + (field.name().equals(replaced) ? value : valid(field)))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String valid(Field field) {
        return field.validJson().replace(NEW_ID, "fz-" + UUID.randomUUID());
    }

    private static String abbreviated(String value) {
        return value.length() <= 40 ? value : value.substring(0, 37) + "...";
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
