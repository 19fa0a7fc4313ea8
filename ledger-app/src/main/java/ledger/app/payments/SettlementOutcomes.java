package ledger.app.payments;

import ledger.app.payments.PaymentResponses.PaymentJson;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Counts what {@code POST /api/v1/payments} answered, as it is written: a new settlement (201) or a
 * refusal with its problem code. It sits where a refusal has already become problem+json, so neither
 * the controller nor the core knows about metrics.
 */
@RestControllerAdvice
class SettlementOutcomes implements ResponseBodyAdvice<Object> {

    private static final String PAYMENTS = "/api/v1/payments";
    private static final String PROBLEM_PREFIX = "urn:ledger:problem:";

    private final SettlementMetrics metrics;

    SettlementOutcomes(SettlementMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (request.getMethod() == HttpMethod.POST && PAYMENTS.equals(request.getURI().getPath())) {
            count(body, response);
        }
        return body;
    }

    private void count(Object body, ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem) {
            String type = problem.getType().toString();
            metrics.refused(SettlementMetrics.LEDGER_API,
                    type.startsWith(PROBLEM_PREFIX) ? type.substring(PROBLEM_PREFIX.length()) : type);
        } else if (body instanceof PaymentJson && response instanceof ServletServerHttpResponse servlet
                && servlet.getServletResponse().getStatus() == HttpStatus.CREATED.value()) {
            metrics.settled(SettlementMetrics.LEDGER_API);
        }
    }
}
