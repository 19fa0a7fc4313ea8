package ledger.lifecycle;

import ledger.account.command.OpenAccount;
import ledger.refusal.Decision;
import ledger.refusal.InvalidInput;

/** What the dates and category of an account opening must agree on before anything is recorded. */
public final class AccountOpeningRule {

    private AccountOpeningRule() {
    }

    public static Decision bornByOpening(OpenAccount command) {
        return Decision.unless(command.birthDate().isAfter(command.openedOn()), () -> new InvalidInput(
                "born-after-opening", "birthDate " + command.birthDate() + " is after openedOn " + command.openedOn()));
    }

    /** A retirement day belongs to a retiree's account; a working person's retirement is recorded later. */
    public static Decision retiredOnOfRetiree(OpenAccount command) {
        return Decision.unless(command.retiredOn() != null && !command.category().isRetired(), () -> new InvalidInput(
                "retired-on-for-working-category", "retiredOn is given for a " + command.category()
                + "; open the account as a retiree or record the retirement later"));
    }

    public static Decision retiredAfterBirth(OpenAccount command) {
        return Decision.unless(command.retiredOn() != null && command.retiredOn().isBefore(command.birthDate()),
                () -> new InvalidInput("retired-before-birth", "retiredOn " + command.retiredOn()
                        + " is before birthDate " + command.birthDate()));
    }
}
