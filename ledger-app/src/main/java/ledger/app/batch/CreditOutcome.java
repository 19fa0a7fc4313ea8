package ledger.app.batch;

import java.util.Map;
import ledger.account.command.PostMonthlyCredit;
import ledger.account.receipt.CreditReceipt;
import ledger.app.eventstore.MetaDataKeys;
import ledger.money.Money;
import ledger.money.Pot;
import ledger.refusal.ConflictWithHistory;
import ledger.refusal.Refusal;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.batch.core.StepExecution;

/**
 * What became of one line or account of a monthly run: credited (with the amount per pot), skipped
 * (the period was credited before), or rejected with its line number and reason. An outcome is booked
 * in the step's counters only once the credits of its chunk are stored.
 */
final class CreditOutcome {

    private final long line;
    private final String personId;
    private final Map<Pot, Money> credited;
    private final String rejection;

    private CreditOutcome(long line, String personId, Map<Pot, Money> credited, String rejection) {
        this.line = line;
        this.personId = personId;
        this.credited = credited;
        this.rejection = rejection;
    }

    static CreditOutcome rejected(long line, String personId, String reason) {
        return new CreditOutcome(line, personId, null, reason);
    }

    private static CreditOutcome credited(long line, String personId, CreditReceipt receipt) {
        return new CreditOutcome(line, personId, Map.of(receipt.pot(), receipt.amount()), null);
    }

    private static CreditOutcome skipped(long line, String personId) {
        return new CreditOutcome(line, personId, null, null);
    }

    long line() {
        return line;
    }

    void bookIn(BatchCounters counters) {
        if (rejection != null) {
            counters.rejected(line, personId, rejection);
        } else if (credited != null) {
            counters.credited(credited);
        } else {
            counters.skipped();
        }
    }

    /** Sends the credit of one account (in the caller's unit of work, if one is running) and says what became of it. */
    static CreditOutcome send(CommandGateway commands, StepExecution step, ChunkCredits.Credit credit,
                              MonthlyCreditParameters run) {
        long line = credit.line();
        String personId = credit.personId();
        PostMonthlyCredit command = new PostMonthlyCredit(personId, credit.period(), credit.contributionBase(),
                run.allocationDate(), run.region());
        try {
            CreditReceipt receipt = commands.sendAndWait(BatchActor.command(command, step)
                    .andMetaData(Map.of(MetaDataKeys.DRY_RUN, run.dryRun())));
            return credited(line, personId, receipt);
        } catch (DryRun.Outcome wouldBe) {
            return DryRunCredits.firstFor(step.getJobExecutionId(), personId, credit.period())
                    ? credited(line, personId, (CreditReceipt) wouldBe.result())
                    : skipped(line, personId);
        } catch (ConflictWithHistory conflict) {
            return "period-already-credited".equals(conflict.code())
                    ? skipped(line, personId)
                    : rejected(line, personId, conflict.getMessage());
        } catch (Refusal refused) {
            return rejected(line, personId, refused.getMessage());
        } catch (AggregateNotFoundException unknown) {
            return rejected(line, personId, "no personal account for person " + personId);
        }
    }
}
