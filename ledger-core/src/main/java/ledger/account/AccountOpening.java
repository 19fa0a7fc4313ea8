package ledger.account;

import ledger.account.command.OpenAccount;
import ledger.policy.PolicyCatalog;
import ledger.refusal.InvalidInput;

/** What an account opening must satisfy before anything is recorded. */
final class AccountOpening {

    private AccountOpening() {
    }

    static void check(OpenAccount command, PolicyCatalog policies) {
        policies.region(command.region());
        if (command.birthDate().isAfter(command.openedOn())) {
            throw new InvalidInput("born-after-opening", "birthDate " + command.birthDate()
                    + " is after openedOn " + command.openedOn());
        }
        if (command.retiredOn() != null && !command.category().isRetired()) {
            throw new InvalidInput("retired-on-for-working-category", "retiredOn is given for a "
                    + command.category() + "; open the account as a retiree or record the retirement later");
        }
        if (command.retiredOn() != null && command.retiredOn().isBefore(command.birthDate())) {
            throw new InvalidInput("retired-before-birth", "retiredOn " + command.retiredOn()
                    + " is before birthDate " + command.birthDate());
        }
    }
}
