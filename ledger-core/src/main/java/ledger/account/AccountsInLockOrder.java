package ledger.account;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;

/**
 * Loads (and so locks) several accounts in one unit of work, always in ascending id order, so that
 * two settlements touching the same accounts can never wait on each other in a cycle.
 */
public final class AccountsInLockOrder {

    private AccountsInLockOrder() {
    }

    public static Map<String, Aggregate<PersonalAccount>> load(Repository<PersonalAccount> accounts,
                                                               Collection<String> personIds) {
        Map<String, Aggregate<PersonalAccount>> loaded = new LinkedHashMap<>();
        new TreeSet<>(personIds).forEach(id -> loaded.put(id, accounts.load(id)));
        return loaded;
    }
}
