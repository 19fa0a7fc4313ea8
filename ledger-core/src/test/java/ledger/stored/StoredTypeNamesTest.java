package ledger.stored;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;
import ledger.account.event.AccountEvent;
import ledger.account.event.MonthlyCreditPosted;
import ledger.payment.event.PaymentEvent;
import ledger.payment.event.PaymentSettled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every event keeps the type name it was first stored under, whatever package its class lives in. */
class StoredTypeNamesTest {

    static Stream<Class<?>> events() {
        return Stream.of(AccountEvent.class, PaymentEvent.class)
                .flatMap(sealed -> Arrays.stream(sealed.getPermittedSubclasses()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void everyEventIsStoredUnderItsFirstName(Class<?> event) {
        String aggregatePackage = event.getPackageName().replaceFirst("\\.event$", "");

        assertThat(StoredTypeNames.storedNameOf(event)).isEqualTo(aggregatePackage + "." + event.getSimpleName());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void everyStoredNameReadsAsItsEvent(Class<?> event) {
        assertThat(StoredTypeNames.classNameFor(StoredTypeNames.storedNameOf(event))).isEqualTo(event.getName());
    }

    @Test
    void aCreditIsStoredAsItWasBeforeItsClassMoved() {
        assertThat(StoredTypeNames.storedNameOf(MonthlyCreditPosted.class))
                .isEqualTo("ledger.account.MonthlyCreditPosted");
        assertThat(StoredTypeNames.storedNameOf(PaymentSettled.class)).isEqualTo("ledger.payment.PaymentSettled");
    }

    @Test
    void aTypeThatNeverMovedIsStoredUnderItsOwnName() {
        assertThat(StoredTypeNames.storedNameOf(String.class)).isEqualTo("java.lang.String");
        assertThat(StoredTypeNames.classNameFor("ledger.account.PersonalAccount"))
                .isEqualTo("ledger.account.PersonalAccount");
    }
}
