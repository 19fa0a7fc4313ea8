package ledger.app.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only: an endpoint that fails the way a bug would, so that the answer to an unforeseen failure
 * ({@code internal-error}) is checked over real HTTP. It lives under the caseworkers' reads, so the
 * security rules of the application as shipped let the request reach it.
 */
@RestController
class BrokenEndpoint {

    static final String PATH = "/api/v1/accounts/broken-endpoint/statement-of-a-bug";
    static final String SECRET = "ledger.app.internal.Secret#method";

    @GetMapping(PATH)
    String fail() {
        throw new IllegalStateException("a bug deep in " + SECRET);
    }
}
