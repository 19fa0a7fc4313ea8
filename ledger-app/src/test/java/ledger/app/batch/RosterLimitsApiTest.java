package ledger.app.batch;

import static ledger.app.http.LedgerUser.OPERATOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import ledger.app.LedgerApiTest;
import ledger.app.accounts.AccountToOpen;
import ledger.app.http.HttpAnswer;
import ledger.app.http.LedgerHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The limits of a roster upload (docs/api.md#limits): its header, its lines, its period, its form. */
class RosterLimitsApiTest extends LedgerApiTest {

    @LocalServerPort
    private int port;

    private BatchSteps batches;

    @BeforeEach
    void setUp() {
        batches = new BatchSteps(http, port);
    }

    /** Dry run: nothing is credited, the report still lists every reject. */
    @Test
    void rejectsAnOverLongLineByItsLengthWithoutKeepingIt() {
        Roster roster = new Roster();
        String huge = AccountToOpen.newPersonId("huge") + "," + "9".repeat(1_000_000);
        int hugeLine = roster.raw(huge);

        BatchSteps.Report report = batches.completed(roster, "SHANGHAI", "2024-02", true, "2024-03-05");

        assertThat(report.lineRejects()).singleElement().satisfies(reject -> {
            assertThat(reject.line()).isEqualTo(hugeLine);
            assertThat(reject.personId()).isEmpty();
            assertThat(reject.reason()).contains("at most 256 characters", String.valueOf(huge.length()), "not kept");
        });
        assertThat(report.answer().body().length()).as("the report keeps no part of the line").isLessThan(20_000);
    }

    /** A roster names insured persons and their contribution bases: kept for the ledger's user only. */
    @Test
    void anUploadedRosterIsKeptReadableByTheLedgersUserOnly() throws IOException {
        batches.completed(new Roster(), "SHANGHAI", "2024-02", true, "2024-03-05");

        Path rosters = dataDirectory().resolve("rosters");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(rosters))).isEqualTo("rwx------");
        List<Path> kept;
        try (Stream<Path> files = Files.list(rosters)) {
            kept = files.toList();
        }
        assertThat(kept).isNotEmpty();
        for (Path file : kept) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as("%s", file)
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void refusesARosterWithoutItsHeader() {
        byte[] headless = (AccountToOpen.newPersonId("first") + ",2024-02,5000.00,2024-02-20\n")
                .getBytes(StandardCharsets.UTF_8);

        upload(headless, "2024-02", null).expectProblem(400, "roster-header-required", RosterHeader.TEXT);
    }

    @Test
    void refusesAPeriodOrAllocationDateOutsideTheDateRange() {
        byte[] roster = new Roster().text().getBytes(StandardCharsets.UTF_8);

        upload(roster, "+99999-01", null).expectProblem(400, "date-out-of-range", "period");
        upload(roster, "2024-02", "2200-01-01").expectProblem(400, "date-out-of-range", "allocationDate");
    }

    /** Two files would leave the operator guessing which one was credited: the upload names one roster. */
    @Test
    void refusesAnUploadOfTwoRosters() {
        byte[] roster = new Roster().text().getBytes(StandardCharsets.UTF_8);

        batches.upload().postRosters(OPERATOR, Map.of("region", "SHANGHAI", "period", "2024-02"), roster, roster)
                .expectProblem(400, "invalid-request", "one roster");
    }

    /** The region field is bounded as in a JSON body, and never echoed back at length. */
    @Test
    void refusesARegionOfMoreThan32Characters() {
        byte[] roster = new Roster().text().getBytes(StandardCharsets.UTF_8);
        HttpAnswer refused = batches.upload().postRosters(OPERATOR,
                Map.of("region", "SHANGHAI".repeat(1_000), "period", "2024-02"), roster);

        refused.expectProblem(400, "invalid-request", "region", "32");
        assertThat(refused.text("detail")).hasSizeLessThan(200);
    }

    @Test
    void refusesARosterSentAsJson() {
        http.as(OPERATOR).send("POST", RosterUpload.PATH, BodyPublishers.ofString("{\"roster\":\"x\"}"),
                "application/json", LedgerHttp.ANSWERS)
                .expectProblem(415, "unsupported-media-type", "application/json");
    }

    private HttpAnswer upload(byte[] roster, String period, String allocationDate) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("region", "SHANGHAI");
        fields.put("period", period);
        fields.put("allocationDate", allocationDate);
        return batches.upload().post(OPERATOR, roster, fields);
    }
}
