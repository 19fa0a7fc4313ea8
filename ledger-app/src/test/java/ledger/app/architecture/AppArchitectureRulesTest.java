package ledger.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import ledger.app.cyclefirst.Upstream;
import ledger.app.cyclesecond.Downstream;
import ledger.app.eventstore.EventTable;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The rules of {@link AppArchitectureTest} catch what they name, so a green run means something. */
class AppArchitectureRulesTest {

    @Test
    void cycleRuleFlagsTwoFeaturesThatUseEachOther() {
        assertThat(violates(AppArchitectureRules.FEATURES_FREE_OF_CYCLES, Upstream.class, Downstream.class)).isTrue();
    }

    @Test
    void cycleRuleAllowsAFeatureUsingAnotherOneWay() {
        assertThat(violates(AppArchitectureRules.FEATURES_FREE_OF_CYCLES, Downstream.class)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(classes = {ProbesTheEventStore.class, QueriesWithJdbc.class, PageReadingTheStore.class})
    void controllerRuleFlagsAControllerThatTouchesTheStore(Class<?> controller) {
        assertThat(violates(AppArchitectureRules.CONTROLLERS_NEVER_TOUCH_THE_EVENT_STORE, controller)).isTrue();
    }

    @Test
    void controllerRuleAllowsAControllerThatCallsAService() {
        assertThat(violates(AppArchitectureRules.CONTROLLERS_NEVER_TOUCH_THE_EVENT_STORE, CallsAService.class))
                .isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(classes = {CountsEvents.class, JoinsTheTableName.class})
    void tableRuleFlagsSqlOnTheEventTableOutsideTheEventStore(Class<?> writer) {
        assertThat(violates(AppArchitectureRules.ONLY_THE_EVENT_STORE_NAMES_THE_EVENT_TABLE, writer)).isTrue();
    }

    @Test
    void tableRuleAllowsSqlOnOtherTables() {
        assertThat(violates(AppArchitectureRules.ONLY_THE_EVENT_STORE_NAMES_THE_EVENT_TABLE, CallsAService.class))
                .isFalse();
    }

    private static boolean violates(ArchRule rule, Class<?>... types) {
        return rule.evaluate(new ClassFileImporter().importClasses(types)).hasViolation();
    }

    @RestController
    static class ProbesTheEventStore {
        final EventStore eventStore;

        ProbesTheEventStore(EventStore eventStore) {
            this.eventStore = eventStore;
        }
    }

    @RestController
    static class QueriesWithJdbc {
        final JdbcTemplate jdbc;

        QueriesWithJdbc(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }
    }

    @Controller
    static class PageReadingTheStore {
        long head(ledger.app.eventstore.RawEvents rawEvents) {
            return rawEvents.headPosition();
        }
    }

    @RestController
    static class CallsAService {
        static final String SQL = "SELECT COUNT(*) FROM account_view";

        Runnable service;
    }

    static class CountsEvents {
        static final String SQL = "SELECT COUNT(*) FROM " + EventTable.NAME;
    }

    static class JoinsTheTableName {
        private static final String TABLE = "domain_event" + "_entry";
        static final String SQL = "SELECT MAX(global_index) FROM " + TABLE;
    }
}
