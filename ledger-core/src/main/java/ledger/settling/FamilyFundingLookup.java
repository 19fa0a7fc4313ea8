package ledger.settling;

import java.util.List;

/**
 * Tells, before any account is locked, which family accounts a person's funding order names, so all
 * accounts of a settlement can be locked in id order. What it says is checked again under the locks.
 */
@FunctionalInterface
public interface FamilyFundingLookup {

    List<String> familyAccountsOf(String personId);
}
