package ledger.app.batch;

import ledger.money.Money;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.item.ItemWriter;

/** What both steps of a monthly run share: the step's parameters, its counters, and how a credit is sent. */
abstract class CreditWriter<T> implements ItemWriter<T>, StepExecutionListener {

    private final CommandGateway commands;
    private StepExecution step;
    private BatchCounters counters;
    private MonthlyCreditParameters parameters;

    CreditWriter(CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        step = stepExecution;
        counters = new BatchCounters(stepExecution.getExecutionContext());
        parameters = MonthlyCreditParameters.of(stepExecution.getJobParameters());
    }

    MonthlyCreditParameters parameters() {
        return parameters;
    }

    BatchCounters counters() {
        return counters;
    }

    void credit(long line, String personId, Money contributionBase) {
        CreditOutcome.credit(commands, step, counters, line, personId, parameters, contributionBase);
    }
}
