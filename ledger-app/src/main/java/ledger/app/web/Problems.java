package ledger.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/** Builds the ledger's RFC 9457 problems: a type URN per refusal code, the status and a detail for people. */
public final class Problems {

    private static final String TYPE_PREFIX = "urn:ledger:problem:";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String code, String detail) {
        return retype(ProblemDetail.forStatusAndDetail(status, detail), status, code);
    }

    /**
     * Writes a problem straight to the response, for the refusals decided before Spring MVC runs (a
     * filter, the security chain, the firewall). Headers the answer needs are the caller's to set.
     */
    public static void write(ObjectMapper json, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    /** Gives a problem built elsewhere (by Spring MVC) the ledger's type and title. */
    static ProblemDetail retype(ProblemDetail problem, HttpStatus status, String code) {
        problem.setType(URI.create(TYPE_PREFIX + code));
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }
}
