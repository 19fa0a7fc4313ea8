package ledger.projections;

import ledger.projections.account.AccountReadModelProjection;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;

/**
 * An account's events delivered to the account read model as Axon delivers them: with their sequence numbers,
 * each in a unit of work whose commit writes what the read models held back (ADR 31).
 */
public final class AccountStream {

    private final AnnotationEventHandlerAdapter readModel;

    public AccountStream(AccountReadModelProjection readModel) {
        this.readModel = new AnnotationEventHandlerAdapter(readModel);
    }

    public void deliver(String personId, long sequence, Object event) throws Exception {
        deliver(new GenericDomainEventMessage<>("PersonalAccount", personId, sequence, event));
    }

    /** Handles the event in a unit of work of its own, and commits it; a failure in either is thrown. */
    public void deliver(EventMessage<?> message) throws Exception {
        ResultMessage<?> result = DefaultUnitOfWork.startAndGet(message).executeWithResult(() -> readModel.handle(message));
        if (result.isExceptional()) {
            throw result.exceptionResult() instanceof Exception exception ? exception
                    : new IllegalStateException(result.exceptionResult());
        }
    }
}
