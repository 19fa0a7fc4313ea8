package ledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import ledger.settling.FundingOrderMoved;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

/**
 * A race cannot be made to happen on demand over HTTP (the settlement retries it away), so the
 * answer it gets is checked here, for each way a race shows itself.
 */
class ConcurrentChangeProblemTest {

    private static final URI CONCURRENT_CHANGE = URI.create("urn:ledger:problem:concurrent-change");

    private final ProblemResponses responses = new ProblemResponses();

    @Test
    void aConcurrentAppendToTheSameStreamIsAConcurrentChange() {
        expectConcurrentChange(responses.concurrentChange(new ConcurrencyException("sequence 7 already taken")));
    }

    @Test
    void aStreamCreatedTwiceAtOnceIsAConcurrentChange() {
        expectConcurrentChange(responses.concurrentChange(new AggregateStreamCreationException("exists")));
    }

    @Test
    void aFundingOrderThatMovedUnderThePaymentIsAConcurrentChange() {
        expectConcurrentChange(responses.fundingOrderMoved(new FundingOrderMoved("member-1")));
    }

    private static void expectConcurrentChange(ProblemDetail problem) {
        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getType()).isEqualTo(CONCURRENT_CHANGE);
        assertThat(problem.getDetail()).contains("nothing was applied", "try again");
        assertThat(problem.getDetail()).doesNotContain("sequence 7", "Exception");
    }
}
