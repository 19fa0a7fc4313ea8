package ledger.app.eventstore;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import org.axonframework.common.IdentifierFactory;

/**
 * Message identifiers in time order (UUID version 7, RFC 9562): the unique index on
 * {@code domain_event_entry.event_identifier} then grows at its end instead of at a random page for
 * every event, which made H2's appends three times slower (ADR 11). Axon finds this factory through
 * {@code META-INF/services/org.axonframework.common.IdentifierFactory}.
 */
public final class TimeOrderedIdentifierFactory extends IdentifierFactory {

    private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();

    @Override
    public String generateIdentifier() {
        return GENERATOR.generate().toString();
    }
}
