package ledger.app.logging;

import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Installs {@link MaskedAccessLog} in the embedded Tomcat, and refuses Tomcat's own access log
 * ({@code server.tomcat.accesslog.enabled}), which would write every person id in a path whole to a
 * file of its own (docs/personal-data.md#logs).
 */
@Component
class MaskedAccessLogRegistration implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final ServerProperties server;

    MaskedAccessLogRegistration(ServerProperties server) {
        this.server = server;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (server.getTomcat().getAccesslog().isEnabled()) {
            throw new IllegalStateException("server.tomcat.accesslog.enabled writes person ids unmasked; "
                    + "set logging.level." + MaskedAccessLog.LOGGER + "=INFO for the masked access log instead");
        }
        factory.addEngineValves(new MaskedAccessLog());
    }
}
