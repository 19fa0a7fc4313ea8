package ledger.app.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** The ledger's problem code of each refusal that Spring MVC answers before a controller runs. */
final class SpringMvcProblems {

    private SpringMvcProblems() {
    }

    static String codeOf(Exception e, HttpStatus status) {
        if (e instanceof HttpRequestMethodNotSupportedException) {
            return "method-not-allowed";
        }
        if (e instanceof HttpMediaTypeNotSupportedException) {
            return "unsupported-media-type";
        }
        if (e instanceof HttpMediaTypeNotAcceptableException) {
            return "not-acceptable";
        }
        if (e instanceof MissingServletRequestParameterException || e instanceof MissingServletRequestPartException
                || e instanceof MissingPathVariableException) {
            return "missing-parameter";
        }
        if (e instanceof NoResourceFoundException || e instanceof NoHandlerFoundException) {
            return "not-found";
        }
        if (e instanceof MaxUploadSizeExceededException) {
            return "payload-too-large";
        }
        return byStatus(status);
    }

    /** For an answer with no more specific cause, such as one forwarded to {@code /error}. */
    static String byStatus(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case NOT_ACCEPTABLE -> "not-acceptable";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            case PAYLOAD_TOO_LARGE -> "payload-too-large";
            case INTERNAL_SERVER_ERROR -> "internal-error";
            default -> status.is4xxClientError() ? "invalid-request" : "internal-error";
        };
    }
}
