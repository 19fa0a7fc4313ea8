package ledger.app.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * States the refusals of every operation as RFC 9457 problems ({@code application/problem+json},
 * schema {@code Problem}), with the statuses of the API contract: which codes each endpoint answers
 * is listed in docs/api.md; the type is always {@code urn:ledger:problem:<code>}.
 */
class ProblemResponsesDocumented implements OpenApiCustomizer {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM = "Problem";

    private static final Map<String, String> ANY_OPERATION = ordered(
            "400", "bad input: malformed-request, invalid-request, invalid-parameter or a field's own code",
            "401", "authentication-required: no or wrong HTTP Basic credentials",
            "403", "role-not-allowed: the user's role may not call this operation",
            "500", "internal-error: nothing was applied");
    private static final Map<String, String> NAMED_RESOURCE = ordered(
            "404", "unknown-account, unknown-payment, unknown-family-member, unknown-batch ...");
    private static final Map<String, String> WRITE = ordered(
            "409", "a conflict with history: an id reused with another body, period already credited, "
                    + "account closed, concurrent-change ...",
            "422", "a valid request the rules refuse: exceeds-withdrawable, purpose-not-allowed, wrong-pin ...");

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getComponents().addSchemas(PROBLEM, problemSchema());
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            add(operation, ANY_OPERATION);
            if (path.contains("{")) {
                add(operation, NAMED_RESOURCE);
            }
            if (method != PathItem.HttpMethod.GET) {
                add(operation, WRITE);
            }
        }));
    }

    private static void add(Operation operation, Map<String, String> problems) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        problems.forEach((status, description) -> operation.getResponses().putIfAbsent(status, new ApiResponse()
                .description(description)
                .content(new Content().addMediaType(PROBLEM_JSON,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))))));
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().example("urn:ledger:problem:zero-amount")
                        .description("urn:ledger:problem:<code>, the machine-readable refusal"))
                .addProperty("title", new StringSchema().example("Bad Request"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().description("a sentence for people"))
                .addProperty("instance", new StringSchema().description("the request path"));
    }

    private static Map<String, String> ordered(String... statusesAndDescriptions) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < statusesAndDescriptions.length; i += 2) {
            map.put(statusesAndDescriptions[i], statusesAndDescriptions[i + 1]);
        }
        return map;
    }
}
