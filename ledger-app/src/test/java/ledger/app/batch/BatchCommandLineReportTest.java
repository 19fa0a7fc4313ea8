package ledger.app.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command-line batch's report line names each rejected line's person by the last four characters only. */
class BatchCommandLineReportTest {

    @Test
    void theRejectsInTheLogShowOnlyTheLastFourCharactersOfEachPersonId() {
        List<Map<String, Object>> rejects = List.of(
                Map.of("line", 2L, "personId", "110101198001010011", "reason", "unknown-account"),
                Map.of("line", 3L, "personId", "P-20231105-7788", "reason", "account-closed"),
                Map.of("line", 4L, "personId", "", "reason", "malformed-line"));

        assertThat(BatchCommandLine.maskedRejects(rejects)).containsExactly(
                Map.of("line", 2L, "personId", "**************0011", "reason", "unknown-account"),
                Map.of("line", 3L, "personId", "***********7788", "reason", "account-closed"),
                Map.of("line", 4L, "personId", "*", "reason", "malformed-line"));
    }
}
