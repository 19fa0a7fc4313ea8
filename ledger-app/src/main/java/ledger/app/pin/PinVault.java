package ledger.app.pin;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import ledger.money.Money;
import ledger.settling.CardPinRule;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps card PINs as bcrypt hashes in their own table, never in events, logs or answers, and counts
 * wrong PINs per day.
 */
@Component
public class PinVault {

    private final JdbcTemplate jdbc;
    private final CardPinRule rule;
    private final Clock clock;
    private final BCryptPasswordEncoder hashing = new BCryptPasswordEncoder();
    private final TransactionTemplate ownTransaction;

    PinVault(JdbcTemplate jdbc, PlatformTransactionManager transactions, PinRules rules, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.rule = rules.rule();
        this.clock = clock;
    }

    public void setPin(String personId, String pin) {
        CardPinRule.wellFormed(pin).enforce();
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

    /**
     * A card payment of this amount passes if it is within the no-PIN limit or the PIN is right. The slow
     * hash is compared outside any lock; whether that comparison counts is then decided and recorded under
     * the account's row lock in a transaction of its own, so that a burst of simultaneous tries gets no
     * more than the day's allowance of wrong PINs, and a refused payment still counts its wrong PIN.
     * {@code exemptionRefused}: why the PIN exemption the payment claimed does not apply; such a payment
     * sent without a PIN is refused as needing one, and that counts as no wrong PIN.
     */
    public void checkCardPayment(String personId, Money amount, String pin, Optional<String> exemptionRefused) {
        StoredPin stored = stored(personId, "");
        if (!CardPinRule.needsPin(amount, stored.noPinLimit())) {
            return;
        }
        Instant now = clock.instant();
        stored.refuseWhileLocked(personId, now);
        CardPinRule.presented(personId, pin, exemptionRefused, stored.hash() != null).enforce();
        boolean right = pin != null && hashing.matches(pin, stored.hash());
        ownTransaction.execute(status -> count(personId, right, now)).refuseWhileLocked(personId, now);
        CardPinRule.matched(right, pin, stored.noPinLimit()).enforce();
    }

    /**
     * Under the row lock; answers the row as found there. A try that finds it locked does not count; a
     * right PIN does not clear the day's count of wrong ones (当日…累计, 000 Q26).
     */
    private StoredPin count(String personId, boolean right, Instant now) {
        StoredPin underLock = stored(personId, " FOR UPDATE");
        if (!underLock.isLockedAt(now) && !right) {
            recordWrongPin(personId, now);
        }
        return underLock;
    }

    private StoredPin stored(String personId, String lock) {
        List<StoredPin> rows = jdbc.query("SELECT pin_hash, no_pin_limit_fen, locked_until FROM account_pin "
                + "WHERE person_id = ?" + lock, (row, n) -> new StoredPin(row.getString("pin_hash"),
                Money.ofFen(row.getLong("no_pin_limit_fen")), row.getObject("locked_until", OffsetDateTime.class)),
                personId);
        return rows.isEmpty() ? StoredPin.NONE : rows.get(0);
    }

    private void recordWrongPin(String personId, Instant now) {
        LocalDate today = LocalDate.now(clock);
        jdbc.update("UPDATE account_pin SET failures = CASE WHEN failure_day = ? THEN failures + 1 ELSE 1 END, "
                + "failure_day = ? WHERE person_id = ?", today, today, personId);
        Integer wrongToday = jdbc.queryForObject("SELECT failures FROM account_pin WHERE person_id = ?",
                Integer.class, personId);
        rule.lockedUntil(wrongToday == null ? 0 : wrongToday, now).ifPresent(until -> jdbc.update(
                "UPDATE account_pin SET locked_until = ? WHERE person_id = ?", until.atOffset(ZoneOffset.UTC), personId));
    }

    private void ensureRow(String personId) {
        jdbc.update("INSERT INTO account_pin (person_id) SELECT ? FROM (VALUES (1)) AS one "
                + "WHERE NOT EXISTS (SELECT 1 FROM account_pin WHERE person_id = ?)", personId, personId);
    }

    private record StoredPin(String hash, Money noPinLimit, OffsetDateTime lockedUntil) {
        static final StoredPin NONE = new StoredPin(null, Money.ZERO, null);

        boolean isLockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.toInstant().isAfter(now);
        }

        void refuseWhileLocked(String personId, Instant now) {
            if (isLockedAt(now)) {
                throw new PinLocked(personId, lockedUntil.toInstant());
            }
        }
    }
}
