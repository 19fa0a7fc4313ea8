package ledger.app.logging;

import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Installs {@link MaskedAccessLog} in the embedded Tomcat, and refuses Tomcat's own access log
 * ({@code server.tomcat.accesslog.enabled}), which would write every person id in a path whole to a
 * file of its own (docs/personal-data.md#logs).
 */
@Component
class MaskedAccessLogRegistration implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    static final String TOMCATS_OWN = "server.tomcat.accesslog.enabled";

    /** Read from the environment: a ledger without a web server (the command-line batch) has no ServerProperties. */
    private final Environment environment;

    MaskedAccessLogRegistration(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (environment.getProperty(TOMCATS_OWN, Boolean.class, false)) {
            throw new IllegalStateException(TOMCATS_OWN + " writes person ids unmasked; "
                    + "set logging.level." + MaskedAccessLog.LOGGER + "=INFO for the masked access log instead");
        }
        factory.addEngineValves(new MaskedAccessLog());
    }
}
