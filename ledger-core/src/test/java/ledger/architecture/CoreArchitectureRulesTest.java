package ledger.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of {@link CoreArchitectureTest} catch what they name, so a green run means something. */
class CoreArchitectureRulesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(classes = {CallsInstantNow.class, CallsLocalDateNow.class, CallsLocalDateNowInZone.class,
            CallsLocalDateTimeNow.class, CallsZonedDateTimeNow.class, CallsOffsetDateTimeNow.class,
            CallsYearMonthNow.class, CallsCurrentTimeMillis.class, CallsSystemUtcClock.class,
            CallsSystemDefaultZoneClock.class})
    void wallClockRuleFlagsEveryWallClockRead(Class<?> reader) {
        assertThat(violates(CoreArchitectureRules.NO_WALL_CLOCK, reader)).isTrue();
    }

    @Test
    void wallClockRuleAllowsReadingAnInjectedClock() {
        assertThat(violates(CoreArchitectureRules.NO_WALL_CLOCK, ReadsInjectedClock.class)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(classes = {HoldsDouble.class, HoldsFloat.class, HoldsBoxedDouble.class})
    void floatingPointFieldRuleFlagsEveryFloatingPointField(Class<?> holder) {
        assertThat(violates(CoreArchitectureRules.NO_FLOATING_POINT_FIELD, holder)).isTrue();
    }

    @Test
    void bigDecimalRuleFlagsConversionFromDouble() {
        assertThat(violates(CoreArchitectureRules.NO_BIG_DECIMAL_FROM_OR_TO_FLOATING_POINT, ConvertsDouble.class))
                .isTrue();
    }

    private static boolean violates(ArchRule rule, Class<?> type) {
        return rule.evaluate(new ClassFileImporter().importClasses(type)).hasViolation();
    }

    static class CallsInstantNow {
        Object read() {
            return Instant.now();
        }
    }

    static class CallsLocalDateNow {
        Object read() {
            return LocalDate.now();
        }
    }

    static class CallsLocalDateNowInZone {
        Object read() {
            return LocalDate.now(ZoneId.of("Asia/Shanghai"));
        }
    }

    static class CallsLocalDateTimeNow {
        Object read() {
            return LocalDateTime.now();
        }
    }

    static class CallsZonedDateTimeNow {
        Object read() {
            return ZonedDateTime.now();
        }
    }

    static class CallsOffsetDateTimeNow {
        Object read() {
            return OffsetDateTime.now();
        }
    }

    static class CallsYearMonthNow {
        Object read() {
            return YearMonth.now();
        }
    }

    static class CallsCurrentTimeMillis {
        long read() {
            return System.currentTimeMillis();
        }
    }

    static class CallsSystemUtcClock {
        Object read() {
            return Clock.systemUTC();
        }
    }

    static class CallsSystemDefaultZoneClock {
        Object read() {
            return Clock.systemDefaultZone();
        }
    }

    static class ReadsInjectedClock {
        Object read(Clock clock) {
            return LocalDate.now(clock);
        }
    }

    static class HoldsDouble {
        double amount;
    }

    static class HoldsFloat {
        float amount;
    }

    static class HoldsBoxedDouble {
        Double amount;
    }

    static class ConvertsDouble {
        Object convert() {
            return BigDecimal.valueOf(0.1);
        }
    }
}
