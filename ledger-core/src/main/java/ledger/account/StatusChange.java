package ledger.account;

import java.time.LocalDate;
import ledger.account.command.ChangeInsuranceStatus;
import ledger.refusal.ConflictWithHistory;
import ledger.refusal.RuleRefusal;

/** When a change of insurance status may be recorded (000 Q14). */
final class StatusChange {

    private StatusChange() {
    }

    static void check(String personId, LocalDate openedOn, CreditCategories categories, ChangeInsuranceStatus command) {
        if (command.effectiveOn().isBefore(openedOn)) {
            throw new RuleRefusal("status-change-before-opening", "a status change on " + command.effectiveOn()
                    + " is before the account of " + personId + " was opened on " + openedOn);
        }
        if (categories.isRetired()) {
            throw new RuleRefusal("status-change-of-retiree", personId + " is retired: a change of insurance "
                    + "status (000 Q14) concerns a working person; retiree rules stay");
        }
        if (categories.currentStatus() == command.status()) {
            throw new ConflictWithHistory("status-unchanged", personId + " is already " + command.status());
        }
        categories.lastChangeOn().filter(last -> command.effectiveOn().isBefore(last)).ifPresent(last -> {
            throw new RuleRefusal("status-change-before-earlier-change", "a status change on "
                    + command.effectiveOn() + " is before the change of " + last + " already recorded; "
                    + "status changes are recorded in the order they took effect");
        });
    }
}
