package ledger.app.batch;

import ledger.app.eventstore.MetaDataKeys;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * A dry run decides every command exactly as a real run would, then throws the answer away with the
 * unit of work: the events are never stored. Commands opt in with the metadata {@link MetaDataKeys#DRY_RUN} {@code true}.
 */
public class DryRun implements MessageHandlerInterceptor<CommandMessage<?>> {

    /** Carries the answer a dry-run command would have given; its unit of work is rolled back. */
    static final class Outcome extends RuntimeException {
        private final transient Object result;

        Outcome(Object result) {
            super("dry run: nothing applied", null, false, false);
            this.result = result;
        }

        Object result() {
            return result;
        }
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object result = chain.proceed();
        if (Boolean.TRUE.equals(unitOfWork.getMessage().getMetaData().get(MetaDataKeys.DRY_RUN))) {
            throw new Outcome(result);
        }
        return result;
    }
}
