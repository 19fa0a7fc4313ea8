package ledger.projections;

import ledger.projections.account.AccountReadModelProjection;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;

/** An account's events delivered to the account read model as Axon delivers them: with their sequence numbers. */
public final class AccountStream {

    private final AnnotationEventHandlerAdapter readModel;

    public AccountStream(AccountReadModelProjection readModel) {
        this.readModel = new AnnotationEventHandlerAdapter(readModel);
    }

    public void deliver(String personId, long sequence, Object event) throws Exception {
        readModel.handle(new GenericDomainEventMessage<>("PersonalAccount", personId, sequence, event));
    }
}
