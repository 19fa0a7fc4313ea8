package ledger.app.batch;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.item.ItemWriter;

/** What both steps of a monthly run share: the step's parameters, its counters, and how a chunk is credited. */
abstract class CreditWriter<T> implements ItemWriter<T>, StepExecutionListener {

    private final ChunkCredits chunkCredits;
    private StepExecution step;
    private BatchCounters counters;
    private MonthlyCreditParameters parameters;

    CreditWriter(ChunkCredits chunkCredits) {
        this.chunkCredits = chunkCredits;
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

    /** Credits these accounts and books their outcomes, with the lines rejected before, in line order. */
    void credit(List<ChunkCredits.Credit> credits, List<CreditOutcome> rejectedBefore) {
        List<CreditOutcome> credited = chunkCredits.credit(credits, step, parameters);
        Stream.concat(rejectedBefore.stream(), credited.stream())
                .sorted(Comparator.comparingLong(CreditOutcome::line))
                .forEach(outcome -> outcome.bookIn(counters));
    }
}
