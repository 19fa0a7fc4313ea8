package ledger.app.batch;

import ledger.app.nodes.NodeName;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.item.ExecutionContext;

/** Notes in a step's saved context which node runs it: a partition taken over by another node shows the new one. */
final class StepNode implements StepExecutionListener {

    static final String KEY = "node";

    private final NodeName node;

    StepNode(NodeName node) {
        this.node = node;
    }

    @Override
    public void beforeStep(StepExecution step) {
        step.getExecutionContext().putString(KEY, node.value());
    }

    static String of(ExecutionContext context) {
        return context.getString(KEY, "");
    }
}
