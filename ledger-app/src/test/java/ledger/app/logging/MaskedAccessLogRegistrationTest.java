package ledger.app.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.mock.env.MockEnvironment;

/** Tomcat's own access log would write person ids whole: the ledger refuses it and installs its masked one. */
class MaskedAccessLogRegistrationTest {

    @Test
    void theMaskedAccessLogIsInstalled() {
        TomcatServletWebServerFactory tomcat = new TomcatServletWebServerFactory();

        new MaskedAccessLogRegistration(new MockEnvironment()).customize(tomcat);

        assertThat(tomcat.getEngineValves()).hasExactlyElementsOfTypes(MaskedAccessLog.class);
    }

    @Test
    void cannotStartWithTomcatsOwnAccessLog() {
        MockEnvironment environment = new MockEnvironment().withProperty(MaskedAccessLogRegistration.TOMCATS_OWN, "true");

        assertThatThrownBy(() -> new MaskedAccessLogRegistration(environment)
                .customize(new TomcatServletWebServerFactory()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("logging.level.ledger.access=INFO");
    }
}
