package ledger.app.logging;

import java.io.CharArrayWriter;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.AbstractAccessLogValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tomcat's access log, one line per request in Apache's combined format, written to the
 * application's log (logger {@code ledger.access}, off unless set to INFO) with every national ID
 * number in the path or query masked: a path like {@code /api/v1/accounts/{personId}} carries one.
 */
class MaskedAccessLog extends AbstractAccessLogValve {

    static final String LOGGER = "ledger.access";
    private static final Logger log = LoggerFactory.getLogger(LOGGER);

    MaskedAccessLog() {
        setPattern("combined");
        setAsyncSupported(true);
    }

    @Override
    public void log(Request request, Response response, long time) {
        if (log.isInfoEnabled()) {
            super.log(request, response, time);
        }
    }

    @Override
    protected void log(CharArrayWriter message) {
        log.info(PersonIds.maskedIn(message.toString()));
    }
}
