package ledger.app.projections;

import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * Runs every event handler of the parking processing groups in a savepoint of the segment's batch
 * transaction. A handler that fails is rolled back to where it began, so the event is parked with no
 * half of it applied (a balance without its statement line, one pot of two summed), and on PostgreSQL
 * the batch's transaction, which a failed statement would otherwise abort, goes on with the next event.
 */
final class ProjectionSavepoints implements HandlerEnhancerDefinition {

    private static final TransactionDefinition NESTED =
            new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED);

    private final PlatformTransactionManager transactions;
    private final List<String> groups;

    ProjectionSavepoints(PlatformTransactionManager transactions, List<String> groups) {
        this.transactions = transactions;
        this.groups = List.copyOf(groups);
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (!original.canHandleMessageType(EventMessage.class) || !inParkingGroup(original.declaringClass())) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                TransactionStatus savepoint = transactions.getTransaction(NESTED);
                Object result;
                try {
                    result = super.handle(message, target);
                } catch (Exception | Error failure) {
                    transactions.rollback(savepoint);
                    throw failure;
                }
                transactions.commit(savepoint);
                return result;
            }
        };
    }

    private boolean inParkingGroup(Class<?> handlerClass) {
        ProcessingGroup group = handlerClass.getAnnotation(ProcessingGroup.class);
        return group != null && groups.contains(group.value());
    }
}
