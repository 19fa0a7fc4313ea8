package ledger.app.accounts;

import java.util.Locale;
import java.util.UUID;

/** The body of an account opening, with a person id of its own so no two tests share an account. */
public record AccountToOpen(
        String personId,
        String region,
        String category,
        String birthDate,
        String openedOn,
        String retiredOn,
        String legacyWithdrawableBalance) {

    public static AccountToOpen of(String region, String category, String birthDate, String openedOn) {
        return new AccountToOpen(newPersonId(region), region, category, birthDate, openedOn, null, null);
    }

    /** A unique insured-person number, readable in logs by its prefix. */
    public static String newPersonId(String label) {
        return label.toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID();
    }

    public AccountToOpen withLegacyWithdrawableBalance(String amount) {
        return new AccountToOpen(personId, region, category, birthDate, openedOn, retiredOn, amount);
    }

    public AccountToOpen withRetiredOn(String date) {
        return new AccountToOpen(personId, region, category, birthDate, openedOn, date, legacyWithdrawableBalance);
    }

    public AccountToOpen withRegion(String otherRegion) {
        return new AccountToOpen(personId, otherRegion, category, birthDate, openedOn, retiredOn,
                legacyWithdrawableBalance);
    }

    public AccountToOpen withCategory(String otherCategory) {
        return new AccountToOpen(personId, region, otherCategory, birthDate, openedOn, retiredOn,
                legacyWithdrawableBalance);
    }
}
