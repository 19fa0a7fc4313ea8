package ledger.app.batch;

import java.util.Map;
import ledger.account.CreditReceipt;
import ledger.account.PostMonthlyCredit;
import ledger.money.Money;
import ledger.refusal.ConflictWithHistory;
import ledger.refusal.Refusal;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.batch.core.StepExecution;

/** Sends one monthly credit for a batch and books the outcome in the step's counters. */
final class CreditOutcome {

    private CreditOutcome() {
    }

    static void credit(CommandGateway commands, StepExecution step, BatchCounters counters, long line,
                       String personId, MonthlyCreditParameters run, Money base) {
        PostMonthlyCredit command = new PostMonthlyCredit(personId, run.period(), base, run.allocationDate(),
                run.region());
        boolean dryRun = run.dryRun();
        try {
            CreditReceipt receipt = commands.sendAndWait(BatchActor.command(command, step)
                    .andMetaData(Map.of(DryRun.FLAG, dryRun)));
            counters.credited(Map.of(receipt.pot(), receipt.amount()));
        } catch (DryRun.Outcome wouldBe) {
            if (!DryRunCredits.firstFor(step.getJobExecutionId(), personId)) {
                counters.skipped();
                return;
            }
            CreditReceipt receipt = (CreditReceipt) wouldBe.result();
            counters.credited(Map.of(receipt.pot(), receipt.amount()));
        } catch (ConflictWithHistory conflict) {
            if ("period-already-credited".equals(conflict.code())) {
                counters.skipped();
            } else {
                counters.rejected(line, personId, conflict.getMessage());
            }
        } catch (Refusal refused) {
            counters.rejected(line, personId, refused.getMessage());
        } catch (AggregateNotFoundException unknown) {
            counters.rejected(line, personId, "no personal account for person " + personId);
        }
    }
}
