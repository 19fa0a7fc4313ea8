package ledger.properties;

import java.time.LocalDate;
import java.util.List;
import ledger.account.OpenAccount;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random sequences of credits, payments (own and family), family registrations and revocations,
 * refunds and reimbursements, cash withdrawals, interest and closures, bad inputs mixed in, sent to
 * the real aggregates and to a reference model ({@link SequenceRun} says what is checked after each
 * command). docs/testing.md tells how to replay a failure from its seed.
 */
class MoneyInvariantsTest {

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

    @Property(tries = 200)
    void theLedgerKeepsTheModelsMoney(@ForAll("openings") List<OpenAccount> openings,
                                      @ForAll("firstDays") LocalDate firstDay,
                                      @ForAll("steps") List<Step> steps) throws Exception {
        SequenceRun.run(openings, firstDay, steps, SequenceRun.AfterEachCommand.NOTHING);
    }
}
