package ledger.app.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the servlet container forwards to {@code /error} (a failure outside any controller, a refusal
 * of a filter) answers as a ledger problem, like everything else; asked for directly, {@code /error}
 * is a path the ledger does not serve. Never a stack trace, never a class name.
 */
@RestController
class ErrorAnswers implements ErrorController {

    @RequestMapping(path = "/error", produces = {MediaType.APPLICATION_PROBLEM_JSON_VALUE, MediaType.ALL_VALUE})
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.NOT_FOUND;
        String detail = code == null ? "no such resource: " + request.getRequestURI()
                : "the request to " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) + " was refused: "
                        + status.getReasonPhrase();
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(status, SpringMvcProblems.byStatus(status), detail));
    }
}
