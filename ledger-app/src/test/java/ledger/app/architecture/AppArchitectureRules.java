package ledger.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import ledger.app.eventstore.EventTable;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** How ledger-app's features stand to each other and to the event store (ADR 23). */
final class AppArchitectureRules {

    static final String EVENT_STORE_PACKAGE = "ledger.app.eventstore..";

    static final ArchRule FEATURES_FREE_OF_CYCLES = slices().matching("ledger.app.(*)..")
            .namingSlices("feature $1")
            .should().beFreeOfCycles()
            .because("each feature wires itself and reaches others one way only; config knows none of them");

    static final ArchRule CONTROLLERS_NEVER_TOUCH_THE_EVENT_STORE = noClasses()
            .that().areAnnotatedWith(RestController.class).or().areAnnotatedWith(Controller.class)
            .should().dependOnClassesThat(DescribedPredicate.describe("are the event store, its engine, JDBC or "
                    + "ledger.app.eventstore", AppArchitectureRules::isEventStore))
            .because("a controller maps HTTP to one application service and back; the service reads and writes");

    static final ArchRule ONLY_THE_EVENT_STORE_NAMES_THE_EVENT_TABLE = noClasses()
            .that().resideOutsideOfPackage(EVENT_STORE_PACKAGE)
            .should(nameInTheirConstants(EventTable.NAME))
            .because("ledger.app.eventstore owns the event table: its schema, its raw rows and every SQL on them");

    private AppArchitectureRules() {
    }

    private static boolean isEventStore(JavaClass type) {
        return type.isAssignableTo(EventStore.class) || type.isAssignableTo(EventStorageEngine.class)
                || type.isAssignableTo(JdbcOperations.class)
                || type.getPackageName().startsWith("ledger.app.eventstore");
    }

    /**
     * A string constant of a class (SQL text included, whether written whole or joined from constants at
     * compile time) is in its class file's constant pool, where this condition looks for the name.
     */
    private static ArchCondition<JavaClass> nameInTheirConstants(String name) {
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        return new ArchCondition<>("name " + name + " in their string constants") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                if (contains(classFile(type), wanted)) {
                    events.add(SimpleConditionEvent.satisfied(type, type.getName() + " names " + name));
                }
            }
        };
    }

    private static byte[] classFile(JavaClass type) {
        String resource = type.getName().replace('.', '/') + ".class";
        try (InputStream in = AppArchitectureRules.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no class file for " + type.getName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            int j = 0;
            while (j < needle.length && haystack[i + j] == needle[j]) {
                j++;
            }
            if (j == needle.length) {
                return true;
            }
        }
        return false;
    }
}
