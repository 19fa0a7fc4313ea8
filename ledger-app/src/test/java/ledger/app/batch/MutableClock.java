package ledger.app.batch;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock a test sets by hand. Every zone view ({@link #withZone}) shares the same instant, and the
 * clock remembers which threads asked for a zone view (the schedule does, on each tick).
 */
final class MutableClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;
    private final Set<String> threadsAskingForAZone;

    MutableClock(Instant start, ZoneId zone) {
        this(new AtomicReference<>(start), zone, ConcurrentHashMap.newKeySet());
    }

    private MutableClock(AtomicReference<Instant> now, ZoneId zone, Set<String> threadsAskingForAZone) {
        this.now = now;
        this.zone = zone;
        this.threadsAskingForAZone = threadsAskingForAZone;
    }

    /** Sets the time to this local date-time in the clock's own zone. */
    void set(LocalDateTime local) {
        now.set(local.atZone(zone).toInstant());
    }

    void set(Instant instant) {
        now.set(instant);
    }

    /** Names of the threads that asked for a zone view so far. */
    Set<String> threadsAskingForAZone() {
        return Set.copyOf(threadsAskingForAZone);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId otherZone) {
        threadsAskingForAZone.add(Thread.currentThread().getName());
        return new MutableClock(now, otherZone, threadsAskingForAZone);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public String toString() {
        return "MutableClock[" + now.get().atZone(zone) + "]";
    }
}
