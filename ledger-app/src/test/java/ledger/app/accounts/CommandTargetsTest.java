package ledger.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import ledger.account.command.PostMonthlyCredit;
import ledger.account.command.RecordRetirement;
import ledger.money.Money;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.IdentifierMissingException;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.junit.jupiter.api.Test;

class CommandTargetsTest {

    private final CommandTargets targets = new CommandTargets();

    @Test
    void theTargetIsTheAccountNamedByTheAnnotatedField() {
        VersionedAggregateIdentifier first = resolve(new PostMonthlyCredit("110101199001011234", YearMonth.of(2025, 6),
                Money.parse("10000.00"), LocalDate.of(2025, 6, 5)));
        VersionedAggregateIdentifier second = resolve(new PostMonthlyCredit("110101199001015678", YearMonth.of(2025, 6),
                Money.parse("10000.00"), LocalDate.of(2025, 6, 5)));
        VersionedAggregateIdentifier retirement = resolve(new RecordRetirement("110101196001011234",
                LocalDate.of(2025, 6, 1)));

        assertThat(first.getIdentifier()).isEqualTo("110101199001011234");
        assertThat(first.getVersion()).isNull();
        assertThat(second.getIdentifier()).isEqualTo("110101199001015678");
        assertThat(retirement.getIdentifier()).isEqualTo("110101196001011234");
    }

    @Test
    void anExpectedVersionIsPassedOn() {
        assertThat(resolve(new Versioned("110101199001011234", 7L)).getVersion()).isEqualTo(7L);
        assertThat(resolve(new VersionedAsInt("110101199001011234", 7)).getVersion()).isEqualTo(7L);
    }

    @Test
    void aCommandWithoutItsTargetIsRefused() {
        assertThatThrownBy(() -> resolve(new RecordRetirement(null, LocalDate.of(2025, 6, 1))))
                .isInstanceOf(IdentifierMissingException.class)
                .hasMessageContaining("is null");
    }

    @Test
    void aCommandTypeWithoutATargetFieldIsRefused() {
        assertThatThrownBy(() -> resolve(new Untargeted("110101199001011234")))
                .isInstanceOf(IdentifierMissingException.class)
                .hasMessageContaining("Untargeted");
    }

    private VersionedAggregateIdentifier resolve(Object command) {
        return targets.resolveTarget(GenericCommandMessage.asCommandMessage(command));
    }

    record Versioned(@TargetAggregateIdentifier String personId, @TargetAggregateVersion Long version) {
    }

    record VersionedAsInt(@TargetAggregateIdentifier String personId, @TargetAggregateVersion int version) {
    }

    record Untargeted(String personId) {
    }
}
