package ledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import ledger.app.LedgerApiTest;
import ledger.app.http.HttpAnswer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Error answers show no internals: no Java class, no stack trace, no server version, whoever refuses the request. */
class ErrorDetailsApiTest extends LedgerApiTest {

    private static final String[] INTERNALS = {"java.", "Exception", "org.apache", "org.springframework", "Tomcat",
        "\tat ", "trace"};

    @LocalServerPort
    private int port;

    @Test
    void aRequestTomcatRefusesBeforeSpringShowsNoReportAndNoServerVersion() throws IOException {
        String answer = raw("GET /api/v1/accounts/a\"b{} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400").doesNotContain(INTERNALS);
    }

    @Test
    void theErrorPathShowsNoInternals() {
        HttpAnswer answer = http.anonymous().get("/error");

        assertThat(answer.body()).as("answer %s", answer).doesNotContain(INTERNALS).doesNotContain("Whitelabel");
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
