package ledger.app.eventstore;

/**
 * The name of the table of events. Production SQL on it lives in this package only (AppArchitectureTest);
 * tests that tamper with stored rows name it through this constant.
 */
public final class EventTable {

    public static final String NAME = "domain_event_entry";

    private EventTable() {
    }
}
