package ledger.app.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds the ledger's RFC 9457 problems: a type URN per refusal code, the status and a detail for people. */
public final class Problems {

    private static final String TYPE_PREFIX = "urn:ledger:problem:";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String code, String detail) {
        return retype(ProblemDetail.forStatusAndDetail(status, detail), status, code);
    }

    /** Gives a problem built elsewhere (by Spring MVC) the ledger's type and title. */
    static ProblemDetail retype(ProblemDetail problem, HttpStatus status, String code) {
        problem.setType(URI.create(TYPE_PREFIX + code));
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }
}
