package ledger.app.batch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import ledger.app.http.HttpAnswer;
import ledger.app.http.LedgerHttp;
import ledger.app.http.LedgerUser;

/**
 * The operator's multipart upload of a roster ({@code POST /api/v1/batches/monthly-credits}), sent
 * through {@link LedgerHttp} as a multipart body, so the answer is judged with the same assertions
 * as every other answer.
 */
final class RosterUpload {

    static final String PATH = "/api/v1/batches/monthly-credits";

    private final LedgerHttp http;

    private RosterUpload(LedgerHttp http) {
        this.http = http;
    }

    static RosterUpload onPort(int port) {
        return new RosterUpload(LedgerHttp.onPort(port));
    }

    /** The usual request: the roster as file part {@code roster}, then region, period and the options. */
    HttpAnswer upload(LedgerUser user, String roster, String region, String period, Boolean dryRun,
                      String allocationDate) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("region", region);
        fields.put("period", period);
        fields.put("dryRun", dryRun == null ? null : dryRun.toString());
        fields.put("allocationDate", allocationDate);
        return post(user, roster == null ? null : roster.getBytes(StandardCharsets.UTF_8), fields);
    }

    /**
     * Any multipart request: {@code user} null sends no credentials, {@code roster} null leaves the
     * file part out, a null field value leaves that field out.
     */
    HttpAnswer post(LedgerUser user, byte[] roster, Map<String, String> fields) {
        return roster == null ? postRosters(user, fields) : postRosters(user, fields, roster);
    }

    /** A multipart request with as many file parts {@code roster} as given, after the fields. */
    HttpAnswer postRosters(LedgerUser user, Map<String, String> fields, byte[]... rosters) {
        String boundary = "roster-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> {
            if (value != null) {
                write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n"
                        + value + "\r\n");
            }
        });
        for (byte[] roster : rosters) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"roster\"; "
                    + "filename=\"roster.csv\"\r\nContent-Type: text/csv\r\n\r\n");
            body.writeBytes(roster);
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        LedgerHttp.Caller caller = user == null ? http.anonymous() : http.as(user);
        return caller.send("POST", PATH, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()),
                "multipart/form-data; boundary=" + boundary, LedgerHttp.ANSWERS);
    }

    private static void write(ByteArrayOutputStream body, String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
