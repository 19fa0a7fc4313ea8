package ledger.account;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import ledger.account.event.InterestAdjusted;
import ledger.account.event.InterestPosted;
import ledger.account.event.MoneyMovement;
import ledger.interest.DatedDelta;
import ledger.interest.InterestCalculation;
import ledger.interest.InterestRule;
import ledger.interest.PotDelta;
import ledger.interest.PotInterest;
import ledger.interest.Quarter;
import ledger.money.Balances;
import ledger.money.Money;
import ledger.money.Pot;
import ledger.policy.InterestPolicy;
import ledger.refusal.Decision;

/**
 * The dated pot changes interest is computed from (domain-rules §3). No change may take effect on or
 * before the last paid interest day, or posted interest would be silently wrong. Once every quarter
 * from the account's first up to a paid one is paid, the changes up to its interest day are folded
 * into one change per pot on that day, so the state stays small; a missed quarter stops the folding
 * before it, so that it can still be computed, and the later quarters recomputed, from daily balances.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
final class InterestTimeline {

    private LocalDate settledThrough;
    private Quarter lastPaid;
    private LocalDate foldedThrough;
    private final List<DatedDelta> deltas = new ArrayList<>();
    private final Set<Quarter> paid = new HashSet<>();
    private final TreeMap<Quarter, Balances> paidAmounts = new TreeMap<>();

    /** Whether a change may take effect on the day: not on or before an interest day already paid. */
    Decision openOn(LocalDate effectiveOn) {
        return InterestRule.afterPaidInterest(effectiveOn, settledThrough, lastPaid);
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

    boolean isPaid(Quarter quarter) {
        return paid.contains(quarter);
    }

    List<PotInterest> interestFor(Quarter quarter, InterestPolicy policy) {
        return InterestCalculation.of(quarter.firstDay(policy.quarters()), quarter.interestDay(policy.quarters()),
                deltas, policy);
    }

    /** A quarter posted after a later one was paid: its days are still unfolded (see the class comment). */
    boolean isMissed(Quarter quarter, InterestPolicy policy) {
        boolean missed = settledThrough != null && quarter.interestDay(policy.quarters()).isBefore(settledThrough);
        if (missed && foldedThrough != null && !foldedThrough.isBefore(quarter.firstDay(policy.quarters()))) {
            throw new IllegalStateException("the days of " + quarter + " were folded though it was not paid");
        }
        return missed;
    }

    /**
     * The paid quarters after {@code missed}, each recomputed with the missed quarter's interest (and the
     * adjustments before it) on their days; one adjustment per quarter whose interest changed (code 110).
     */
    List<InterestAdjusted> adjustmentsAfter(InterestPosted missed, InterestPolicy policy, LocalDate today,
                                            Balances balances) {
        List<DatedDelta> changes = new ArrayList<>(deltas);
        addDeltas(changes, missed);
        List<InterestAdjusted> adjustments = new ArrayList<>();
        Balances running = balances;
        for (Map.Entry<Quarter, Balances> later : paidAmounts.entrySet()) {
            Quarter quarter = later.getKey();
            if (quarter.compareTo(missed.quarter()) > 0) {
                List<PotInterest> recomputed = InterestCalculation.of(quarter.firstDay(policy.quarters()),
                        quarter.interestDay(policy.quarters()), changes, policy);
                Balances after = amounts(recomputed);
                if (!after.equals(later.getValue())) {
                    InterestAdjusted adjusted = adjustment(missed, quarter, later.getValue(), recomputed, policy,
                            today, running);
                    addDeltas(changes, adjusted);
                    adjustments.add(adjusted);
                    running = adjusted.balanceAfter();
                }
            }
        }
        return adjustments;
    }

    private static InterestAdjusted adjustment(InterestPosted missed, Quarter quarter, Balances before,
                                               List<PotInterest> recomputed, InterestPolicy policy, LocalDate today,
                                               Balances balances) {
        Balances after = amounts(recomputed);
        Balances balanceAfter = balances.minus(Pot.WITHDRAWABLE, before.withdrawable()).minus(Pot.EARMARKED,
                before.earmarked()).plus(Pot.WITHDRAWABLE, after.withdrawable()).plus(Pot.EARMARKED, after.earmarked());
        return new InterestAdjusted(missed.personId(), quarter, missed.quarter(), before, after, recomputed,
                policy.ruleId(), quarter.creditDay(policy.quarters()), today, balanceAfter);
    }

    private static Balances amounts(List<PotInterest> perPot) {
        Balances amounts = Balances.EMPTY;
        for (PotInterest pot : perPot) {
            amounts = amounts.plus(pot.pot(), pot.amount());
        }
        return amounts;
    }

    private static void addDeltas(List<DatedDelta> changes, MoneyMovement movement) {
        for (PotDelta delta : movement.deltas()) {
            changes.add(new DatedDelta(movement.effectiveDate(), delta.pot(), delta.signedFen()));
        }
    }

    void record(MoneyMovement movement) {
        addDeltas(deltas, movement);
    }

    void adjusted(InterestAdjusted adjustment) {
        paidAmounts.put(adjustment.quarter(), adjustment.after());
    }

    /** {@code firstQuarter} is the account's first quarter: the one its opening day falls in. */
    void paid(InterestPosted posted, Quarter firstQuarter) {
        paid.add(posted.quarter());
        paidAmounts.put(posted.quarter(), amounts(posted.perPot()));
        if (settledThrough == null || posted.interestDay().isAfter(settledThrough)) {
            settledThrough = posted.interestDay();
            lastPaid = posted.quarter();
        }
        Quarter contiguous = null;
        for (Quarter next = firstQuarter; paid.contains(next); next = next.next()) {
            contiguous = next;
        }
        if (contiguous != null) {
            fold(contiguous.interestDay(posted.quarterScheme()));
        }
    }

    private void fold(LocalDate interestDay) {
        if (foldedThrough != null && !interestDay.isAfter(foldedThrough)) {
            return;
        }
        List<DatedDelta> folded = new ArrayList<>();
        for (Pot pot : Pot.values()) {
            long fen = deltas.stream().filter(d -> d.pot() == pot && !d.date().isAfter(interestDay))
                    .mapToLong(DatedDelta::signedFen).sum();
            folded.add(new DatedDelta(interestDay, pot, fen));
        }
        deltas.removeIf(delta -> !delta.date().isAfter(interestDay));
        deltas.addAll(0, folded);
        foldedThrough = interestDay;
    }
}
