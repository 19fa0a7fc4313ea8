package ledger.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noCodeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget.MethodCallTarget;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchRule;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

/** What ledger-core must stay: a domain free of frameworks, of the wall clock and of binary floating point. */
final class CoreArchitectureRules {

    /** Types whose {@code now(..)} reads the wall clock unless it is handed a {@link Clock}. */
    private static final Set<String> CLOCK_READING_TYPES = Set.of(Instant.class.getName(),
            LocalDate.class.getName(), LocalDateTime.class.getName(), LocalTime.class.getName(),
            ZonedDateTime.class.getName(), OffsetDateTime.class.getName(), OffsetTime.class.getName(),
            YearMonth.class.getName(), Year.class.getName(), MonthDay.class.getName());
    private static final Set<String> SYSTEM_CLOCKS = Set.of("systemUTC", "systemDefaultZone", "system");

    static final ArchRule NO_FRAMEWORK_OR_PERSISTENCE = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "jakarta.persistence..", "javax.persistence..", "org.hibernate..")
            .because("ledger-core is the domain: time, storage and wiring belong to the modules around it");

    static final ArchRule NO_WALL_CLOCK = noClasses()
            .should().callMethodWhere(DescribedPredicate.describe("read the wall clock",
                    CoreArchitectureRules::readsWallClock))
            .because("time comes from the message or an injected Clock, so history replays the same");

    static final ArchRule NO_FLOATING_POINT_FIELD = noFields()
            .should().haveRawType(double.class).orShould().haveRawType(float.class)
            .orShould().haveRawType(Double.class).orShould().haveRawType(Float.class)
            .because("money is exact whole fen (domain-rules §1); no binary floating point anywhere");

    static final ArchRule MONEY_TAKES_AND_GIVES_NO_FLOATING_POINT = noCodeUnits()
            .that().areDeclaredInClassesThat().resideInAPackage("ledger.money..")
            .should().haveRawParameterTypes(DescribedPredicate.<List<JavaClass>>describe(
                    "a double or float", types -> types.stream().anyMatch(CoreArchitectureRules::isFloatingPoint)))
            .orShould().haveRawReturnType(DescribedPredicate.<JavaClass>describe(
                    "double or float", CoreArchitectureRules::isFloatingPoint))
            .because("an amount never passes through a double on its way in or out");

    static final ArchRule NO_BIG_DECIMAL_FROM_OR_TO_FLOATING_POINT = noClasses()
            .should().callMethod(BigDecimal.class, "valueOf", double.class)
            .orShould().callConstructor(BigDecimal.class, double.class)
            .orShould().callConstructor(BigDecimal.class, double.class, MathContext.class)
            .orShould().callMethod(BigDecimal.class, "doubleValue")
            .orShould().callMethod(BigDecimal.class, "floatValue")
            .because("decimal amounts and rates are parsed from strings and stay exact");

    private CoreArchitectureRules() {
    }

    private static boolean readsWallClock(JavaMethodCall call) {
        MethodCallTarget target = call.getTarget();
        String owner = target.getOwner().getName();
        String name = target.getName();
        if (owner.equals(System.class.getName())) {
            return name.equals("currentTimeMillis");
        }
        if (owner.equals(Clock.class.getName())) {
            return SYSTEM_CLOCKS.contains(name);
        }
        return CLOCK_READING_TYPES.contains(owner) && name.equals("now") && !takesOnlyAClock(target);
    }

    private static boolean takesOnlyAClock(MethodCallTarget target) {
        List<JavaClass> parameters = target.getRawParameterTypes();
        return parameters.size() == 1 && parameters.get(0).isEquivalentTo(Clock.class);
    }

    private static boolean isFloatingPoint(JavaClass type) {
        return type.isEquivalentTo(double.class) || type.isEquivalentTo(float.class)
                || type.isEquivalentTo(Double.class) || type.isEquivalentTo(Float.class);
    }
}
