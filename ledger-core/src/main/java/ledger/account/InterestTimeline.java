package ledger.account;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import ledger.interest.DatedDelta;
import ledger.interest.InterestCalculation;
import ledger.interest.PotDelta;
import ledger.interest.PotInterest;
import ledger.interest.Quarter;
import ledger.money.Balances;
import ledger.money.Money;
import ledger.money.Pot;
import ledger.policy.InterestPolicy;
import ledger.refusal.ConflictWithHistory;
import ledger.refusal.RuleRefusal;

/**
 * The dated pot changes interest is computed from (domain-rules §3). When a quarter is paid, the
 * changes up to its interest day are folded into one change per pot on that day, so the state stays
 * small; from then on no change may take effect on or before that day, or posted interest would be
 * silently wrong.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
final class InterestTimeline {

    private LocalDate settledThrough;
    private Quarter lastPaid;
    private final List<DatedDelta> deltas = new ArrayList<>();
    private final Set<Quarter> paid = new HashSet<>();

    /** Refuses a change effective on or before an interest day already paid. */
    void checkOpenOn(LocalDate effectiveOn) {
        if (settledThrough != null && !effectiveOn.isAfter(settledThrough)) {
            throw new RuleRefusal("before-paid-interest", "a change effective " + effectiveOn
                    + " falls on or before the interest day " + settledThrough + " of quarter " + lastPaid
                    + ", whose interest is already paid; it would make that interest wrong");
        }
    }

    /**
     * What each pot holds at its lowest on {@code day} and after, given what it holds now: a debit
     * taking effect that day may take no more, or the balance of some later day would be negative.
     * The changes up to a paid interest day are folded into that day, so a day on or before it is read
     * as the interest day: the money is there to be drawn, and drawing it is refused
     * ({@code before-paid-interest}) instead of the bill going to cash as if the account were empty.
     */
    Balances lowestFrom(LocalDate day, Balances now) {
        LocalDate from = settledThrough != null && !day.isAfter(settledThrough) ? settledThrough : day;
        return new Balances(lowestFrom(from, Pot.WITHDRAWABLE, now.withdrawable()),
                lowestFrom(from, Pot.EARMARKED, now.earmarked()));
    }

    /** Walks back from now through the later days' changes; a day's balance includes all its changes. */
    private Money lowestFrom(LocalDate day, Pot pot, Money now) {
        TreeMap<LocalDate, Long> laterDays = new TreeMap<>(Comparator.reverseOrder());
        deltas.stream().filter(delta -> delta.pot() == pot && delta.date().isAfter(day))
                .forEach(delta -> laterDays.merge(delta.date(), delta.signedFen(), Long::sum));
        long running = now.fen();
        long lowest = running;
        for (long change : laterDays.values()) {
            running -= change;
            lowest = Math.min(lowest, running);
        }
        return Money.ofFen(Math.max(0, lowest));
    }

    List<PotInterest> interestFor(Quarter quarter, InterestPolicy policy, LocalDate today) {
        if (paid.contains(quarter)) {
            throw new ConflictWithHistory("quarter-already-paid", "interest for " + quarter + " is already paid");
        }
        LocalDate interestDay = quarter.interestDay(policy.quarters());
        if (!today.isAfter(interestDay)) {
            throw new RuleRefusal("quarter-not-ended", "interest for " + quarter + " is paid after its interest day "
                    + interestDay + "; today is " + today);
        }
        checkOpenOn(quarter.creditDay(policy.quarters()));
        return InterestCalculation.of(quarter.firstDay(policy.quarters()), interestDay, deltas, policy);
    }

    void record(MoneyMovement movement) {
        for (PotDelta delta : movement.deltas()) {
            deltas.add(new DatedDelta(movement.effectiveDate(), delta.pot(), delta.signedFen()));
        }
    }

    void paid(Quarter quarter, LocalDate interestDay) {
        List<DatedDelta> folded = new ArrayList<>();
        for (Pot pot : Pot.values()) {
            long fen = deltas.stream().filter(d -> d.pot() == pot && !d.date().isAfter(interestDay))
                    .mapToLong(DatedDelta::signedFen).sum();
            folded.add(new DatedDelta(interestDay, pot, fen));
        }
        deltas.removeIf(delta -> !delta.date().isAfter(interestDay));
        deltas.addAll(0, folded);
        settledThrough = interestDay;
        lastPaid = quarter;
        paid.add(quarter);
    }
}
