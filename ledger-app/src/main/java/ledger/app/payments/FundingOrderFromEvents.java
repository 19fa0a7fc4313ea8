package ledger.app.payments;

import java.util.List;
import ledger.account.event.FamilyRegistrationRevoked;
import ledger.account.event.FundingOrderChanged;
import ledger.account.event.RegisteredAsFamilyMember;
import ledger.settling.FamilyFundingLookup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * The lock-free look-up of a member's funding order, read from the member's own events (from the
 * first, past any snapshot), so settlements never depend on a read model that may be rebuilding.
 */
public class FundingOrderFromEvents implements FamilyFundingLookup {

    private final EventStore eventStore;

    public FundingOrderFromEvents(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public List<String> familyAccountsOf(String personId) {
        return eventStore.readEvents(personId, 0L).asStream()
                .map(DomainEventMessage::getPayload)
                .map(FundingOrderFromEvents::orderAfter)
                .filter(order -> order != null)
                .reduce((earlier, later) -> later)
                .orElse(List.of());
    }

    private static List<String> orderAfter(Object event) {
        if (event instanceof RegisteredAsFamilyMember registered) {
            return registered.fundingOrderAfter();
        }
        if (event instanceof FamilyRegistrationRevoked revoked) {
            return revoked.fundingOrderAfter();
        }
        return event instanceof FundingOrderChanged changed ? changed.fundingOrderAfter() : null;
    }
}
