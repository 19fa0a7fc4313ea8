package ledger.properties;

import org.junit.jupiter.api.Test;

/**
 * Random sequences of credits, payments (own and family), family registrations and revocations,
 * refunds and reimbursements, cash withdrawals, interest and closures, bad inputs mixed in, sent to
 * the real aggregates and to a reference model ({@link SequenceRun} says what is checked after each
 * command). docs/testing.md tells how to replay a failure from its seed.
 */
class MoneyInvariantsTest {

    @Test
    void theLedgerKeepsTheModelsMoney() {
        SequenceTries.check("MoneyInvariantsTest", 200, () -> SequenceRun.AfterEachCommand.NOTHING);
    }
}
