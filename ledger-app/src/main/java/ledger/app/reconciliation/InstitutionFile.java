package ledger.app.reconciliation;

import java.util.LinkedHashMap;
import java.util.Map;
import ledger.money.Money;
import ledger.refusal.InvalidInput;

/**
 * The institution's own list of the day's settlements, as CSV: header {@code paymentId,amount}
 * ({@code setl_id} is read as {@code paymentId}), one settlement per line, amounts in yuan with two
 * decimals. Any bad line refuses the whole file, naming the line.
 */
final class InstitutionFile {

    /** More lines than a day's reconciliation can hold are refused. */
    static final int MAX_LINES = 200_000;

    private InstitutionFile() {
    }

    static Map<String, Money> settlements(String csv) {
        String[] lines = csv.strip().split("\r?\n");
        String header = lines[0].strip().toLowerCase();
        if (!header.equals("paymentid,amount") && !header.equals("setl_id,amount")) {
            throw new InvalidInput("institution-file", "line 1 must be the header paymentId,amount (or setl_id,amount)");
        }
        if (lines.length - 1 > MAX_LINES) {
            throw new InvalidInput("institution-file", "a file holds at most " + MAX_LINES + " settlements");
        }
        Map<String, Money> settlements = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String[] fields = lines[i].strip().split(",", -1);
            if (fields.length != 2 || fields[0].isBlank()) {
                throw refused(i + 1, "two fields expected: paymentId,amount");
            }
            Money amount = amount(fields[1].strip(), i + 1);
            if (settlements.put(fields[0].strip(), amount) != null) {
                throw refused(i + 1, "settlement " + fields[0].strip() + " is listed twice");
            }
        }
        return settlements;
    }

    private static Money amount(String text, int line) {
        try {
            return Money.parse(text);
        } catch (IllegalArgumentException e) {
            throw refused(line, "amount " + text + " is not yuan with two decimals");
        }
    }

    private static InvalidInput refused(int line, String reason) {
        return new InvalidInput("institution-file", "line " + line + ": " + reason);
    }
}
