package ledger.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps every request body other than a multipart upload at {@link #MAX_BYTES}: the largest JSON
 * body of the API (a payment) is well under 1 KiB. A declared length above the cap is refused at
 * once; a body that turns out longer while it is read is refused when the cap is crossed. Both answer
 * 413 {@code payload-too-large}. Rosters are multipart and bounded by the multipart settings.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestBodyLimit extends OncePerRequestFilter {

    static final int MAX_BYTES = 64 * 1024;

    private final ObjectMapper json;

    RequestBodyLimit(ObjectMapper json) {
        this.json = json;
    }

    static ProblemDetail tooLarge() {
        return Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", BodyTooLarge.DETAIL);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isMultipart(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > MAX_BYTES) {
            Problems.write(json, response, tooLarge());
            return;
        }
        chain.doFilter(new Capped(request), response);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase().startsWith("multipart/");
    }

    /** Thrown while a body is read past the cap; mapped to 413 by {@link ProblemResponses}. */
    static final class BodyTooLarge extends IOException {
        static final String DETAIL = "a request body is at most " + MAX_BYTES + " bytes";

        BodyTooLarge() {
            super(DETAIL);
        }
    }

    private static final class Capped extends HttpServletRequestWrapper {
        private ServletInputStream capped;

        Capped(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (capped == null) {
                capped = new CappedStream(super.getInputStream());
            }
            return capped;
        }
    }

    private static final class CappedStream extends ServletInputStream {
        private final ServletInputStream body;
        private long read;

        CappedStream(ServletInputStream body) {
            this.body = body;
        }

        @Override
        public int read() throws IOException {
            int next = body.read();
            if (next >= 0) {
                count(1);
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = body.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int bytes) throws BodyTooLarge {
            read += bytes;
            if (read > MAX_BYTES) {
                throw new BodyTooLarge();
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}
