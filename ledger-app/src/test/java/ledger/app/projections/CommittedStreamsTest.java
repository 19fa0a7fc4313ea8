package ledger.app.projections;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.Test;

/** The signal a write's read-your-writes wait gets when the read models commit its stream's events. */
class CommittedStreamsTest {

    private static final long NO_WAIT = 0;
    /** Long enough for a lost signal to show; a signal that came returns at once. */
    private static final long SHORT_WAIT = 50;

    private final CommittedStreams committed = new CommittedStreams();

    @Test
    void aWatchIsSignalledAfterTheBatchWithItsStreamsEventCommits() throws Exception {
        try (CommittedStreams.Watch watch = committed.watch("P1")) {
            long before = watch.commits();
            process(List.of(event("P1", 0), event("P2", 0)), () -> assertThat(watch.await(before, SHORT_WAIT))
                    .as("not yet committed").isEqualTo(before));
            assertThat(watch.await(before, NO_WAIT)).isEqualTo(before + 1);
        }
    }

    @Test
    void otherStreamsEventsAndEventsOfNoStreamSignalNothing() throws Exception {
        try (CommittedStreams.Watch watch = committed.watch("P1")) {
            long before = watch.commits();
            process(List.of(event("P2", 0), GenericEventMessage.asEventMessage("of no aggregate")), () -> {
            });
            assertThat(watch.await(before, SHORT_WAIT)).isEqualTo(before);
        }
    }

    @Test
    void everyWaiterOfAStreamIsSignalledUntilTheLastClosesItsWatch() throws Exception {
        CommittedStreams.Watch first = committed.watch("P1");
        CommittedStreams.Watch second = committed.watch("P1");
        assertThat(second).isSameAs(first);
        first.close();
        process(List.of(event("P1", 0)), () -> {
        });
        assertThat(second.commits()).isEqualTo(1);
        second.close();

        try (CommittedStreams.Watch again = committed.watch("P1")) {
            assertThat(again).as("forgotten once nobody watched").isNotSameAs(first);
            assertThat(again.commits()).isZero();
        }
    }

    @Test
    void aWaitWithoutACommitEndsAtItsTimeOut() throws Exception {
        try (CommittedStreams.Watch watch = committed.watch("P1")) {
            assertThat(watch.await(watch.commits(), SHORT_WAIT)).isZero();
        }
    }

    /** As a tracking processor's segment does: every event in one unit of work, committed at its end. */
    private void process(List<EventMessage<?>> batch, ThrowingRunnable duringFirst) throws Exception {
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
        MessageHandlerInterceptor<EventMessage<?>> interceptor = committed.signalAfterCommit();
        ResultMessage<?> result = unitOfWork.executeWithResult(() -> interceptor.handle(unitOfWork, () -> {
            if (unitOfWork.getMessage() == batch.get(0)) {
                duringFirst.run();
            }
            return null;
        }));
        if (result.isExceptional()) {
            throw new AssertionError("the batch failed", result.exceptionResult());
        }
    }

    private static EventMessage<?> event(String stream, long sequence) {
        return new GenericDomainEventMessage<>("PersonalAccount", stream, sequence, "payload of " + stream);
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
