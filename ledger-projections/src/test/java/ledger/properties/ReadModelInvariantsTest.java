package ledger.properties;

import org.junit.jupiter.api.Test;

/**
 * The sequences of ledger-core's {@code MoneyInvariantsTest}, with the read models fed from
 * the events after every command: each account's view and statement hold the model's balances, and
 * each region's fund totals add up to the sum of its accounts, pot by pot.
 */
class ReadModelInvariantsTest {

    @Test
    void theReadModelsKeepTheModelsMoney() {
        SequenceTries.check("ReadModelInvariantsTest", 50, ReadModels::new);
    }
}
