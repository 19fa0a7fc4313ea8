package ledger.refusal;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a rule answers about a request: allowed, or refused with the refusal that says why. A rule
 * decides; whoever asked enforces, before anything is applied.
 */
public final class Decision {

    private static final Decision ALLOWED = new Decision(null);

    private final Refusal refusal;

    private Decision(Refusal refusal) {
        this.refusal = refusal;
    }

    public static Decision allowed() {
        return ALLOWED;
    }

    public static Decision refused(Refusal refusal) {
        return new Decision(refusal);
    }

    /** Allowed unless {@code refusedWhen}; the refusal is built only when it applies. */
    public static Decision unless(boolean refusedWhen, Supplier<Refusal> refusal) {
        return refusedWhen ? refused(refusal.get()) : ALLOWED;
    }

    public boolean isAllowed() {
        return refusal == null;
    }

    public Optional<Refusal> refusal() {
        return Optional.ofNullable(refusal);
    }

    /** Throws the refusal if there is one: a refused request changes nothing. */
    public void enforce() {
        if (refusal != null) {
            throw refusal;
        }
    }
}
