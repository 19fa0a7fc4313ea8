package ledger.app.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import ledger.app.http.HttpAnswer;

/**
 * A statement's entries as "type code amount pot withdrawable/earmarked", so a list compares at a
 * glance. The day is left out: closures are dated by the server's clock.
 */
final class StatementLines {

    private StatementLines() {
    }

    static List<String> of(HttpAnswer statement) {
        statement.expectJson(200);
        List<String> lines = new ArrayList<>();
        for (JsonNode entry : statement.node("entries")) {
            assertThat(entry.path("amount").isTextual()).as("amount is a JSON string: %s", entry).isTrue();
            lines.add(String.join(" ", entry.path("type").asText(), entry.path("code").asText(),
                    entry.path("amount").asText(), entry.path("pot").asText(),
                    entry.path("balanceAfter").path("withdrawable").asText() + "/"
                            + entry.path("balanceAfter").path("earmarked").asText()));
        }
        return lines;
    }
}
