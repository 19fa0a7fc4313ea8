package ledger.app.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.method.HandlerMethod;

/**
 * Describes an {@link AnswersCreatedOrRepeated} operation with both its answers: 201 applied, and 200
 * for the same request again, with the same content. springdoc alone sees only a 200.
 */
class RepeatsDocumented implements OperationCustomizer {

    static final String APPLIED = "applied";
    static final String REPEATED = "the same request again (same id, same body): the original answer, "
            + "nothing applied twice";

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        ApiResponse answer = operation.getResponses() == null ? null : operation.getResponses().get("200");
        if (answer == null || !handler.hasMethodAnnotation(AnswersCreatedOrRepeated.class)) {
            return operation;
        }
        ApiResponses responses = new ApiResponses()
                .addApiResponse("201", new ApiResponse().description(APPLIED).content(answer.getContent()))
                .addApiResponse("200", new ApiResponse().description(REPEATED).content(answer.getContent()));
        operation.getResponses().forEach(responses::putIfAbsent);
        return operation.responses(responses);
    }
}
