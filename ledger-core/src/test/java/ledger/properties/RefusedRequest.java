package ledger.properties;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import ledger.money.Money;
import ledger.refusal.InvalidInput;

/**
 * A request whose command the core would not even build: a command's compact constructor checks the
 * bounds (ADR 12) as the HTTP edge does, so nothing reaches the ledger and the answer is a 400. The
 * amounts it carried let the model say, by its own rule, whether that refusal was due.
 */
record RefusedRequest(String code, String message, List<Money> amounts) {

    /** The command, or the refused request when building it throws; {@code amounts} may hold nulls. */
    static Object orCommand(Supplier<Object> command, Money... amounts) {
        try {
            return command.get();
        } catch (InvalidInput refused) {
            return new RefusedRequest(refused.code(), refused.getMessage(), Arrays.asList(amounts));
        }
    }
}
