package ledger.app.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** The log message ({@code %m}) with every national ID number masked (logback-spring.xml). */
public class MaskedMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return PersonIds.maskedIn(super.convert(event));
    }
}
