package ledger.app.openapi;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The schema of an answer in the OpenAPI description, asked whether it has a field: {@code a.b} is
 * the field {@code b} of the field {@code a}, {@code a[].b} the field {@code b} of each element of the
 * list {@code a}. References are followed; of alternatives ({@code oneOf}) any one may have it.
 */
record AnswerSchema(JsonNode docs, JsonNode schema) {

    static AnswerSchema of(JsonNode docs, JsonNode response) {
        for (JsonNode media : response.path("content")) {
            return new AnswerSchema(docs, media.path("schema"));
        }
        return new AnswerSchema(docs, docs.path("no content"));
    }

    boolean has(String field) {
        return has(schema, field.split("\\."), 0);
    }

    private boolean has(JsonNode at, String[] names, int index) {
        JsonNode schema = resolved(docs, at);
        if (index == names.length) {
            return !schema.isMissingNode();
        }
        for (JsonNode alternative : schema.path("oneOf")) {
            if (has(alternative, names, index)) {
                return true;
            }
        }
        String name = names[index];
        boolean list = name.endsWith("[]");
        JsonNode property = schema.path("properties").path(list ? name.substring(0, name.length() - 2) : name);
        if (list) {
            property = resolved(docs, property).path("items");
        }
        return !property.isMissingNode() && has(property, names, index + 1);
    }

    static JsonNode resolved(JsonNode docs, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.isEmpty() ? schema : docs.at(ref.substring(1));
    }
}
