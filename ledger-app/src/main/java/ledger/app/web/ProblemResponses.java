package ledger.app.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.stream.Collectors;
import ledger.refusal.ConflictWithHistory;
import ledger.app.pin.PinLocked;
import ledger.payment.FundingOrderMoved;
import ledger.refusal.InvalidInput;
import ledger.refusal.NotFound;
import ledger.refusal.Refusal;
import ledger.refusal.RuleRefusal;
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

    /** Anything unforeseen: the unit of work was rolled back, so nothing was applied. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("unexpected failure; the request was rolled back", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "the ledger failed unexpectedly; nothing was applied (" + e.getClass().getSimpleName() + ")");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-parameter",
                "parameter " + e.getName() + " has an invalid value \"" + e.getValue() + "\"");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "malformed-request",
                describe(e.getMostSpecificCause())));
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

    private static String describe(Throwable cause) {
        if (cause instanceof InvalidFormatException invalid && invalid.getTargetType().isEnum()) {
            return "field " + path(invalid) + ": \"" + invalid.getValue() + "\" is not one of "
                    + java.util.Arrays.toString(invalid.getTargetType().getEnumConstants());
        }
        if (cause instanceof MismatchedInputException mismatched) {
            return "field " + path(mismatched) + ": " + mismatched.getOriginalMessage();
        }
        return cause.getMessage() == null ? "the request body is not valid JSON" : firstLine(cause.getMessage());
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream().map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
