package ledger.app.batch;

import java.util.Map;
import ledger.app.eventstore.MetaDataKeys;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.springframework.batch.core.StepExecution;

/** Commands a batch sends carry the operator who started it and the batch, as the acting user. */
final class BatchActor {

    static final String REQUESTED_BY = "requestedBy";

    private BatchActor() {
    }

    static CommandMessage<Object> command(Object payload, StepExecution step) {
        String operator = step.getJobParameters().getString(REQUESTED_BY, "system");
        return GenericCommandMessage.asCommandMessage(payload)
                .andMetaData(Map.of(MetaDataKeys.ACTOR, operator + " (batch " + step.getJobExecutionId() + ")"));
    }
}
