package ledger.app.hostile;

import java.util.List;
import java.util.Map;

/**
 * Values that no field of the contract may accept, by the kind of field they are aimed at. Each is a
 * raw JSON value, so a test can send numbers where strings belong, control characters, or years of
 * five digits exactly as a careless or hostile client would.
 */
final class BadValues {

    /** Wrong for a field of any kind. */
    static final List<String> ANY_FIELD = List.of("null", "12345", "true", "[]", "{}", "\"\"",
            quoted("x".repeat(10_000)));

    static final Map<FieldKind, List<String>> BY_KIND = Map.ofEntries(
            Map.entry(FieldKind.DATE, List.of(quoted("+10000-01-01"), quoted("+99999-01-01"), quoted("2024-02-30"),
                    quoted("2024-1-5"), quoted("0000-01-01"), quoted("1850-01-01"), quoted("2999-01-01"),
                    quoted("-2024-01-01"), quoted("2024-01-01T00:00:00Z"))),
            Map.entry(FieldKind.MONTH, List.of(quoted("+99999-01"), quoted("2024-13"), quoted("2999-01"), quoted("1850-01"),
                    quoted("2024-1"), quoted("2024-01-01"))),
            Map.entry(FieldKind.QUARTER, List.of(quoted("2024-Q5"), quoted("+99999-Q1"), quoted("2999-Q1"), quoted("2024Q1"),
                    quoted("1850-Q1"))),
            Map.entry(FieldKind.INSTANT, List.of(quoted("+99999-01-01T10:00:00+08:00"), quoted("+10000-01-01T00:00:00Z"),
                    quoted("2023-03-01T10:00:00"), quoted("2023-03-01"), quoted("1850-03-01T10:00:00+08:00"),
                    quoted("2999-03-01T10:00:00+08:00"), quoted("2023-03-01T25:00:00+08:00"))),
            Map.entry(FieldKind.MONEY, List.of(quoted("-1.00"), quoted("1.0"), quoted("1.000"), quoted("1e3"), "1.00",
                    quoted(" 1.00"), quoted("9999999999999999.99"), quoted("999999999999999999999.00"),
                    quoted("NaN"), quoted("\uFF11.\uFF10\uFF10"), quoted("1,00"))),
            Map.entry(FieldKind.ID, List.of(quoted("a/b"), quoted("payment:P1"), quoted(" padded "), quoted("nul\u0000x"),
                    quoted("cr\r\nlf"), quoted("x".repeat(65)), quoted(".."), quoted("%2F"), quoted("\u202Eabc"))),
            Map.entry(FieldKind.ENUM, List.of(quoted("MARS"), quoted("beijing"), quoted(" BEIJING"), "1")),
            Map.entry(FieldKind.REGION_CODE, List.of(quoted("beijing"), quoted(" SHANGHAI"), quoted("SHANG HAI"), "1",
                    quoted("BEIJING"), quoted("X".repeat(100)))),
            Map.entry(FieldKind.PIN, List.of(quoted("12345"), quoted("1234567"), quoted("12345a"), "123456")),
            Map.entry(FieldKind.ID_LIST, List.of("[\"a/b\"]", "[null]", "[1]", "\"x\"", "[" + "\"x\",".repeat(40) + "\"x\"]")),
            Map.entry(FieldKind.TEXT, List.of(quoted("x".repeat(10_000)), quoted("nul\u0000x"))));

    private BadValues() {
    }

    static List<String> forKind(FieldKind kind) {
        return BY_KIND.getOrDefault(kind, List.of());
    }

    static String quoted(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }
}
