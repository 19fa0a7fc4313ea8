package ledger.app.pin;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import ledger.money.Money;
import ledger.refusal.InvalidInput;
import ledger.refusal.RuleRefusal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Keeps card PINs as bcrypt hashes in their own table, never in events, logs or answers, and counts
 * wrong PINs per day. Each statement commits on its own, so a refused payment still counts its wrong PIN.
 */
@Component
public class PinVault {

    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

    private final JdbcTemplate jdbc;
    private final PinRules rules;
    private final Clock clock;
    private final BCryptPasswordEncoder hashing = new BCryptPasswordEncoder();

    PinVault(JdbcTemplate jdbc, PinRules rules, Clock clock) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.clock = clock;
    }

    public void setPin(String personId, String pin) {
        if (pin == null || !SIX_DIGITS.matcher(pin).matches()) {
            throw new InvalidInput("pin-format", "a PIN is exactly six digits");
        }
        ensureRow(personId);
        jdbc.update("UPDATE account_pin SET pin_hash = ?, failures = 0, failure_day = NULL, locked_until = NULL "
                + "WHERE person_id = ?", hashing.encode(pin), personId);
    }

    public void setNoPinLimit(String personId, Money limit) {
        ensureRow(personId);
        jdbc.update("UPDATE account_pin SET no_pin_limit_fen = ? WHERE person_id = ?", limit.fen(), personId);
    }

    public void unlock(String personId) {
        jdbc.update("UPDATE account_pin SET failures = 0, failure_day = NULL, locked_until = NULL WHERE person_id = ?",
                personId);
    }

    /** A card payment of this amount passes if it is within the no-PIN limit or the PIN is right. */
    public void checkCardPayment(String personId, Money amount, String pin) {
        List<StoredPin> rows = jdbc.query("SELECT * FROM account_pin WHERE person_id = ?", (row, n) -> new StoredPin(
                row.getString("pin_hash"), Money.ofFen(row.getLong("no_pin_limit_fen")),
                row.getObject("locked_until", OffsetDateTime.class)), personId);
        StoredPin stored = rows.isEmpty() ? StoredPin.NONE : rows.get(0);
        if (!amount.exceeds(stored.noPinLimit())) {
            return;
        }
        Instant now = clock.instant();
        if (stored.lockedUntil() != null && stored.lockedUntil().toInstant().isAfter(now)) {
            throw new PinLocked(personId, stored.lockedUntil().toInstant());
        }
        if (stored.hash() == null) {
            throw new RuleRefusal("no-pin-set", "account " + personId + " has no card PIN; pay with the electronic "
                    + "voucher or ask a caseworker to set a PIN");
        }
        if (pin == null || !hashing.matches(pin, stored.hash())) {
            recordWrongPin(personId, now);
            throw new RuleRefusal("wrong-pin", pin == null ? "a card payment above the no-PIN limit of "
                    + stored.noPinLimit() + " needs the account PIN" : "the PIN is wrong");
        }
        unlock(personId);
    }

    private void recordWrongPin(String personId, Instant now) {
        LocalDate today = LocalDate.now(clock);
        jdbc.update("UPDATE account_pin SET failures = CASE WHEN failure_day = ? THEN failures + 1 ELSE 1 END, "
                + "failure_day = ? WHERE person_id = ?", today, today, personId);
        jdbc.update("UPDATE account_pin SET locked_until = ? WHERE person_id = ? AND failures >= ?",
                now.plus(rules.lockDuration()).atOffset(ZoneOffset.UTC), personId, rules.wrongPinsPerDay());
    }

    private void ensureRow(String personId) {
        jdbc.update("INSERT INTO account_pin (person_id) SELECT ? FROM (VALUES (1)) AS one "
                + "WHERE NOT EXISTS (SELECT 1 FROM account_pin WHERE person_id = ?)", personId, personId);
    }

    private record StoredPin(String hash, Money noPinLimit, OffsetDateTime lockedUntil) {
        static final StoredPin NONE = new StoredPin(null, Money.ZERO, null);
    }
}
