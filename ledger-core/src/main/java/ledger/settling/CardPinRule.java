package ledger.settling;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import ledger.money.Money;
import ledger.refusal.Decision;
import ledger.refusal.InvalidInput;
import ledger.refusal.RuleRefusal;

/**
 * The card-PIN rules of domain-rules §7 (000 Q21-Q26): a PIN is six digits; a card payment above the
 * no-PIN limit needs it; so many wrong PINs in one day lock PIN checks for the lock duration. Where
 * the PIN hashes and counts are kept is not a rule: the app's PinVault stores them.
 */
public record CardPinRule(int wrongPinsPerDay, Duration lockDuration) {

    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

    public static Decision wellFormed(String pin) {
        return Decision.unless(pin == null || !SIX_DIGITS.matcher(pin).matches(), () -> new InvalidInput(
                "pin-format", "a PIN is exactly six digits"));
    }

    public static boolean needsPin(Money amount, Money noPinLimit) {
        return amount.exceeds(noPinLimit);
    }

    /**
     * {@code exemptionRefused}: why the PIN exemption the payment claimed does not apply; such a payment
     * sent without a PIN is refused as needing one, and that counts as no wrong PIN.
     */
    public static Decision presented(String personId, String pin, Optional<String> exemptionRefused, boolean pinSet) {
        if (pin == null && exemptionRefused.isPresent()) {
            return Decision.refused(new RuleRefusal("pin-required", exemptionRefused.get()
                    + "; the card payment needs its PIN (000 Q22, Q29)"));
        }
        return Decision.unless(!pinSet, () -> new RuleRefusal("no-pin-set", "account " + personId + " has no card "
                + "PIN; pay with the electronic voucher or ask a caseworker to set a PIN"));
    }

    public static Decision matched(boolean right, String pin, Money noPinLimit) {
        return Decision.unless(!right, () -> new RuleRefusal("wrong-pin", pin == null ? "a card payment above the "
                + "no-PIN limit of " + noPinLimit + " needs the account PIN" : "the PIN is wrong"));
    }

    /** Until when PIN checks are locked after this day's count of wrong PINs, if they are. */
    public Optional<Instant> lockedUntil(int wrongPinsToday, Instant now) {
        return wrongPinsToday >= wrongPinsPerDay ? Optional.of(now.plus(lockDuration)) : Optional.empty();
    }
}
