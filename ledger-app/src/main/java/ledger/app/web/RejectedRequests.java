package ledger.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * What Spring Security's firewall refuses before any filter or controller runs (a method it does not
 * take, a path with {@code //}, {@code ;} or an encoded {@code %}) answers as a ledger problem. It is
 * written here, not through {@code /error}: the error dispatch keeps the refused method, so the
 * firewall would refuse it again and the client get an empty 400.
 */
@Component
class RejectedRequests implements RequestRejectedHandler {

    /** The methods Spring Security's {@code StrictHttpFirewall} lets through (its default). */
    static final Set<String> METHODS = Set.of("DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT");

    private final ObjectMapper json;

    RejectedRequests(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        boolean method = !METHODS.contains(request.getMethod());
        HttpStatus status = method ? HttpStatus.METHOD_NOT_ALLOWED : HttpStatus.BAD_REQUEST;
        String detail = method ? "the ledger takes no " + printable(request.getMethod()) + " requests"
                : "the request to " + printable(request.getRequestURI()) + " was refused: a path may not contain "
                        + "//, ;, an encoded %, / or \\, or a character that is not printable";
        if (method) {
            response.setHeader(HttpHeaders.ALLOW, String.join(", ", METHODS.stream().sorted().toList()));
        }
        Problems.write(json, response, Problems.of(status, method ? "method-not-allowed" : "invalid-request", detail));
    }

    private static String printable(String text) {
        String shown = text.length() > 64 ? text.substring(0, 64) + "..." : text;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }
}
