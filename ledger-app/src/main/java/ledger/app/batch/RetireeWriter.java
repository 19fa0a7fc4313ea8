package ledger.app.batch;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ItemWriter;

/** Credits every open retiree account of the region by policy; retirees need no roster line (§2). */
class RetireeWriter implements ItemWriter<String>, StepExecutionListener {

    private final CommandGateway commands;
    private StepExecution step;
    private BatchCounters counters;
    private MonthlyCreditParameters parameters;

    RetireeWriter(CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        step = stepExecution;
        counters = new BatchCounters(stepExecution.getExecutionContext());
        parameters = MonthlyCreditParameters.of(stepExecution.getJobParameters());
    }

    @Override
    public void write(Chunk<? extends String> personIds) {
        for (String personId : personIds) {
            CreditOutcome.credit(commands, step, counters, 0, personId, parameters.period(), null,
                    parameters.allocationDate(), parameters.dryRun());
        }
    }
}
