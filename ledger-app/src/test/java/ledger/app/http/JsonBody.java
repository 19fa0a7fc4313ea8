package ledger.app.http;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Request bodies built field by field: {@code JsonBody.of("period", "2024-05", "creditedOn", null)}.
 * A null value leaves the field out; Strings stay JSON strings, numbers become JSON numbers.
 */
public final class JsonBody {

    private JsonBody() {
    }

    public static ObjectNode of(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        ObjectNode body = LedgerHttp.json().createObjectNode();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                body.set((String) namesAndValues[i], LedgerHttp.json().valueToTree(namesAndValues[i + 1]));
            }
        }
        return body;
    }
}
