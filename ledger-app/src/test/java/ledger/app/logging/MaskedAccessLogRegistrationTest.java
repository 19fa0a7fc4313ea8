package ledger.app.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;

/** Tomcat's own access log would write person ids whole: the ledger refuses it and installs its masked one. */
class MaskedAccessLogRegistrationTest {

    @Test
    void theMaskedAccessLogIsInstalled() {
        TomcatServletWebServerFactory tomcat = new TomcatServletWebServerFactory();

        new MaskedAccessLogRegistration(new ServerProperties()).customize(tomcat);

        assertThat(tomcat.getEngineValves()).hasExactlyElementsOfTypes(MaskedAccessLog.class);
    }

    @Test
    void cannotStartWithTomcatsOwnAccessLog() {
        ServerProperties server = new ServerProperties();
        server.getTomcat().getAccesslog().setEnabled(true);

        assertThatThrownBy(() -> new MaskedAccessLogRegistration(server).customize(new TomcatServletWebServerFactory()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("logging.level.ledger.access=INFO");
    }
}
