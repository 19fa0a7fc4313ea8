package ledger.account;

import ledger.account.command.OpenAccount;
import ledger.lifecycle.AccountOpeningRule;
import ledger.policy.PolicyCatalog;

/** What an account opening must satisfy before anything is recorded: a known region, then its rules. */
final class AccountOpening {

    private AccountOpening() {
    }

    static void check(OpenAccount command, PolicyCatalog policies) {
        policies.region(command.region());
        AccountOpeningRule.bornByOpening(command).enforce();
        AccountOpeningRule.retiredOnOfRetiree(command).enforce();
        AccountOpeningRule.retiredAfterBirth(command).enforce();
    }
}
