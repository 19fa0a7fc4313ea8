package ledger.crediting;

import java.time.LocalDate;
import java.util.Optional;
import ledger.policy.InsuranceStatus;
import ledger.refusal.ConflictWithHistory;
import ledger.refusal.Decision;
import ledger.refusal.RuleRefusal;

/** When a change of insurance status may be recorded (000 Q14). */
public final class InsuranceStatusRule {

    private InsuranceStatusRule() {
    }

    public static Decision afterOpening(String personId, LocalDate openedOn, LocalDate effectiveOn) {
        return Decision.unless(effectiveOn.isBefore(openedOn), () -> new RuleRefusal("status-change-before-opening",
                "a status change on " + effectiveOn + " is before the account of " + personId + " was opened on "
                        + openedOn));
    }

    /** A retiree's rules stay: a change of status concerns a working person. */
    public static Decision ofWorkingPerson(String personId, boolean retired) {
        return Decision.unless(retired, () -> new RuleRefusal("status-change-of-retiree", personId + " is retired: "
                + "a change of insurance status (000 Q14) concerns a working person; retiree rules stay"));
    }

    public static Decision changesStatus(String personId, InsuranceStatus current, InsuranceStatus asked) {
        return Decision.unless(current == asked, () -> new ConflictWithHistory("status-unchanged", personId
                + " is already " + asked));
    }

    /** Status changes are recorded in the order they took effect; {@code lastChangeOn} is the latest so far. */
    public static Decision inOrderOfEffect(LocalDate effectiveOn, Optional<LocalDate> lastChangeOn) {
        Optional<LocalDate> later = lastChangeOn.filter(effectiveOn::isBefore);
        return Decision.unless(later.isPresent(), () -> new RuleRefusal("status-change-before-earlier-change",
                "a status change on " + effectiveOn + " is before the change of " + later.get() + " already "
                        + "recorded; status changes are recorded in the order they took effect"));
    }
}
