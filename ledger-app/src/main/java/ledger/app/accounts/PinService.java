package ledger.app.accounts;

import ledger.app.logging.PersonIds;
import ledger.app.pin.PinVault;
import ledger.app.web.UnknownAccount;
import ledger.money.Money;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Caseworkers set, limit and unlock the card PIN (domain-rules §7). The PIN itself is never logged. */
@Service
public class PinService {

    private static final Logger log = LoggerFactory.getLogger(PinService.class);

    private final PinVault pins;
    private final EventStore eventStore;

    PinService(PinVault pins, EventStore eventStore) {
        this.pins = pins;
        this.eventStore = eventStore;
    }

    public void setPin(String personId, String pin, String caseworker) {
        requireAccount(personId);
        pins.setPin(personId, pin);
        log.info("PIN of {} set by {}", PersonIds.masked(personId), caseworker);
    }

    public void setNoPinLimit(String personId, Money amount, String caseworker) {
        requireAccount(personId);
        pins.setNoPinLimit(personId, amount);
        log.info("no-PIN limit of {} set to {} by {}", PersonIds.masked(personId), amount, caseworker);
    }

    public void unlock(String personId, String caseworker) {
        requireAccount(personId);
        pins.unlock(personId);
        log.info("PIN checks of {} unlocked by {}", PersonIds.masked(personId), caseworker);
    }

    private void requireAccount(String personId) {
        if (eventStore.lastSequenceNumberFor(personId).isEmpty()) {
            throw new UnknownAccount(personId);
        }
    }
}
