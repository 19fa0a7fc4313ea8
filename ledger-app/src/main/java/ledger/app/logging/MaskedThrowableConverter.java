package ledger.app.logging;

import ch.qos.logback.classic.spi.IThrowableProxy;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/** Stack traces ({@code %wEx}) with every national ID number in their messages masked. */
public class MaskedThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy throwable) {
        return PersonIds.maskedIn(super.throwableProxyToString(throwable));
    }
}
