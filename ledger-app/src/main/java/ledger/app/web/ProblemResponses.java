package ledger.app.web;

import java.net.URI;
import java.util.stream.Collectors;
import ledger.app.pin.PinLocked;
import ledger.refusal.ConflictWithHistory;
import ledger.refusal.InvalidInput;
import ledger.refusal.NotFound;
import ledger.refusal.Refusal;
import ledger.refusal.RuleRefusal;
import ledger.settling.FundingOrderMoved;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refusal leaves as application/problem+json (RFC 9457) with the status of the API contract:
 * 400 bad input, 404 unknown account, 409 conflict with history, 422 refused by the rules.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    private static final URI BLANK = URI.create("about:blank");

    @ExceptionHandler(Refusal.class)
    ProblemDetail refused(Refusal refusal) {
        return problem(statusOf(refusal), refusal.code(), refusal.getMessage());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail unknownAccount(AggregateNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "unknown-account",
                "no personal account for person " + e.getAggregateIdentifier());
    }

    @ExceptionHandler(UnknownAccount.class)
    ProblemDetail unknownAccount(UnknownAccount e) {
        return problem(HttpStatus.NOT_FOUND, "unknown-account", e.getMessage());
    }

    @ExceptionHandler(FundingOrderMoved.class)
    ProblemDetail fundingOrderMoved(FundingOrderMoved e) {
        return problem(HttpStatus.CONFLICT, "concurrent-change", e.getMessage() + "; nothing was applied, try again");
    }

    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    ProblemDetail concurrentChange(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "concurrent-change",
                "another request changed the same account or payment at the same moment; nothing was applied, "
                        + "try again");
    }

    /**
     * Anything unforeseen: the unit of work was rolled back, so nothing was applied. The cause goes to
     * the log only: the answer names no class, method or message of the code.
     */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("unexpected failure; the request was rolled back", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "the ledger failed unexpectedly; nothing was applied, and the ledger's log has the cause");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-parameter",
                "parameter " + e.getName() + " has an invalid value \"" + e.getValue() + "\"");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof RequestBodyLimit.BodyTooLarge) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(RequestBodyLimit.tooLarge());
        }
        if (cause instanceof Refusal refusal) {
            return ResponseEntity.status(statusOf(refusal)).body(problem(statusOf(refusal), refusal.code(),
                    refusal.getMessage()));
        }
        String detail = cause == e && e.getCause() == null ? "the request body is missing or empty"
                : UnreadableBody.describe(UnreadableBody.failureOf(e));
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "malformed-request", detail));
    }

    /**
     * The answers Spring MVC builds itself (405, 406, 415, a missing parameter or part, an unknown
     * path, an upload too large) get the ledger's problem type instead of {@code about:blank}.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        Object answer = body == null && e instanceof ErrorResponse built ? built.getBody() : body;
        if (answer instanceof ProblemDetail problem && BLANK.equals(problem.getType())) {
            HttpStatus known = HttpStatus.valueOf(status.value());
            Problems.retype(problem, known, SpringMvcProblems.codeOf(e, known));
        }
        return super.handleExceptionInternal(e, answer, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = e.getBindingResult().getFieldErrors().stream()
                .map(error -> error.getField() + " " + error.getDefaultMessage())
                .sorted().collect(Collectors.joining("; "));
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "invalid-request", detail));
    }

    private static ProblemDetail problem(HttpStatus status, String code, String detail) {
        return Problems.of(status, code, detail);
    }

    @ExceptionHandler(PinLocked.class)
    ProblemDetail pinLocked(PinLocked e) {
        return problem(HttpStatus.LOCKED, "pin-locked", e.getMessage());
    }

    private static HttpStatus statusOf(Refusal refusal) {
        if (refusal instanceof NotFound) {
            return HttpStatus.NOT_FOUND;
        }
        if (refusal instanceof InvalidInput) {
            return HttpStatus.BAD_REQUEST;
        }
        if (refusal instanceof ConflictWithHistory) {
            return HttpStatus.CONFLICT;
        }
        if (refusal instanceof RuleRefusal) {
            return HttpStatus.UNPROCESSABLE_ENTITY;
        }
        throw new IllegalStateException("unmapped refusal " + refusal.getClass().getName());
    }
}
