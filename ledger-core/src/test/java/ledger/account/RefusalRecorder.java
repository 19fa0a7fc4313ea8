package ledger.account;

import static org.assertj.core.api.Assertions.assertThat;

import ledger.refusal.Refusal;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Keeps the refusal a command handler threw so a test can assert its type and code with AssertJ.
 * ledger-core's test classpath has no Hamcrest, so the fixture's {@code expectException(Matcher)}
 * cannot be compiled against; this works with or without it.
 */
final class RefusalRecorder implements MessageHandlerInterceptor<CommandMessage<?>> {

    private Refusal refusal;

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        try {
            return chain.proceed();
        } catch (Refusal thrown) {
            refusal = thrown;
            throw thrown;
        }
    }

    void assertRefused(Class<? extends Refusal> type, String code) {
        assertThat(refusal).as("refusal thrown by the command handler").isInstanceOf(type);
        assertThat(refusal.code()).as("refusal code").isEqualTo(code);
    }

    Refusal refusal() {
        return refusal;
    }
}
