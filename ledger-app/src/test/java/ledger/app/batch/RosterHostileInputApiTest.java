package ledger.app.batch;

import static ledger.app.http.LedgerUser.OPERATOR;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import ledger.app.LedgerApiTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The roster upload, the one multipart endpoint of the contract, sent what no careful operator sends:
 * each field of the form in turn replaced by a value of the wrong shape or range, or left out, and
 * files that are no roster. Each is refused as a ledger problem before any run starts.
 */
class RosterHostileInputApiTest extends LedgerApiTest {

    private static final List<Map.Entry<String, List<String>>> BAD_FIELDS = List.of(
            Map.entry("region", List.of("", "MARS", "beijing", "BEI JING", "SHANGHAI".repeat(100), "BEIJING\u0000")),
            Map.entry("period", List.of("", "2024-13", "2024-1", "+99999-01", "0000-01", "2024-02-01",
                    "9".repeat(1_000))),
            Map.entry("dryRun", List.of("maybe", "", "2")),
            Map.entry("allocationDate", List.of("2024-02-30", "+99999-01-01", "tomorrow", "2024-03-05T00:00:00Z")));
    private static final List<byte[]> BAD_FILES = List.of(
            new byte[0],
            "person-1,2024-02,5000.00,2024-02-20\n".getBytes(StandardCharsets.UTF_8),
            "{\"personId\":\"person-1\"}".getBytes(StandardCharsets.UTF_8),
            new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, '\n'},
            ("personId,period\n" + "person-1,2024-02\n").getBytes(StandardCharsets.UTF_8));

    @LocalServerPort
    private int port;

    @TestFactory
    Stream<DynamicTest> theRosterUploadRefusesEveryHostileFormAsAProblem() {
        RosterUpload upload = RosterUpload.onPort(port);
        byte[] roster = new Roster().text().getBytes(StandardCharsets.UTF_8);
        Stream<DynamicTest> fields = BAD_FIELDS.stream().flatMap(field -> Stream.concat(
                field.getValue().stream().map(bad -> DynamicTest.dynamicTest(field.getKey() + " = " + abbreviated(bad),
                        () -> upload.post(OPERATOR, roster, form(field.getKey(), bad)).expectRefusedAsProblem())),
                Stream.of(DynamicTest.dynamicTest("without " + field.getKey(),
                        () -> expectRefusedWhenRequired(upload, roster, field.getKey())))));
        Stream<DynamicTest> files = BAD_FILES.stream().map(file -> DynamicTest.dynamicTest(
                "a file of " + file.length + " bytes that is no roster",
                () -> upload.post(OPERATOR, file, form(null, null)).expectRefusedAsProblem()));
        Stream<DynamicTest> noFile = Stream.of(DynamicTest.dynamicTest("without the roster file",
                () -> upload.post(OPERATOR, null, form(null, null)).expectRefusedAsProblem()));
        return Stream.concat(Stream.concat(fields, files), noFile);
    }

    /** dryRun and allocationDate may be left out; region and period may not. */
    private static void expectRefusedWhenRequired(RosterUpload upload, byte[] roster, String field) {
        if (field.equals("region") || field.equals("period")) {
            upload.post(OPERATOR, roster, form(field, null)).expectRefusedAsProblem();
        }
    }

    /** A valid dry run's form with one field replaced ({@code null}: left out). */
    private static Map<String, String> form(String replaced, String value) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("region", "SHANGHAI");
        fields.put("period", "2024-02");
        fields.put("dryRun", "true");
        fields.put("allocationDate", "2024-03-05");
        if (replaced != null) {
            fields.put(replaced, value);
        }
        return fields;
    }

    private static String abbreviated(String value) {
        return value.length() <= 40 ? value : value.substring(0, 37) + "...";
    }
}
