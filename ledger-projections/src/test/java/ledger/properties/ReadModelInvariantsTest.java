package ledger.properties;

import java.time.LocalDate;
import java.util.List;
import ledger.account.OpenAccount;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The sequences of ledger-core's {@code MoneyInvariantsTest}, with the read models fed from
 * the events after every command: each account's view and statement hold the model's balances, and
 * each region's fund totals add up to the sum of its accounts, pot by pot.
 */
class ReadModelInvariantsTest {

    @Provide
    Arbitrary<List<OpenAccount>> openings() {
        return LedgerSequences.openings();
    }

    @Provide
    Arbitrary<LocalDate> firstDays() {
        return LedgerSequences.firstDays();
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return LedgerSequences.steps();
    }

    @Property(tries = 50)
    void theReadModelsKeepTheModelsMoney(@ForAll("openings") List<OpenAccount> openings,
                                         @ForAll("firstDays") LocalDate firstDay,
                                         @ForAll("steps") List<Step> steps) throws Exception {
        SequenceRun.run(openings, firstDay, steps, new ReadModels());
    }
}
