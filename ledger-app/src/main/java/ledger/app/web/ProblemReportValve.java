package ledger.app.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's own error report, for the requests it refuses before any servlet sees them (a path with
 * an encoded slash or NUL, a malformed request line): problem+json like every other refusal of the
 * ledger, instead of Tomcat's HTML page with its version.
 */
public class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try (Writer writer = response.getReporter()) {
            if (writer != null) {
                writer.write("{\"type\":\"urn:ledger:problem:" + (status == 400 ? "invalid-request-line" : "http-" + status)
                        + "\",\"title\":\"" + title + "\",\"status\":" + status
                        + ",\"detail\":\"the server refused the request before reading it: " + title.toLowerCase()
                        + " (a path may not contain encoded slashes, backslashes or control characters)\"}");
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response was already committed: nothing more to say
        }
    }
}
