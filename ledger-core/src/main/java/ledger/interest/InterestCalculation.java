package ledger.interest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import ledger.money.Money;
import ledger.money.Pot;
import ledger.policy.InterestPolicy;
import ledger.policy.InterestPolicy.RateMethod;

/**
 * Daily-balance accumulation (积数计息, domain-rules §3): for each pot, the end-of-day balances of the
 * quarter's days summed in fen·days, times the annual rate, divided by 360, rounded half-up once.
 */
public final class InterestCalculation {

    private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(360);

    private InterestCalculation() {
    }

    /**
     * @param deltas every dated change of the account up to {@code last} (those before {@code first}
     *               make up the opening balance; later ones are ignored)
     */
    public static List<PotInterest> of(LocalDate first, LocalDate last, List<DatedDelta> deltas,
                                       InterestPolicy policy) {
        List<Span> spans = spans(first, last, policy);
        Map<Pot, long[]> fenDays = new EnumMap<>(Pot.class);
        Map<Pot, Long> balance = new EnumMap<>(Pot.class);
        for (Pot pot : Pot.values()) {
            fenDays.put(pot, new long[spans.size()]);
            balance.put(pot, 0L);
        }
        List<DatedDelta> sorted = deltas.stream().sorted(Comparator.comparing(DatedDelta::date)).toList();
        int next = 0;
        for (int span = 0; span < spans.size(); span++) {
            for (LocalDate day = spans.get(span).from(); !day.isAfter(spans.get(span).to()); day = day.plusDays(1)) {
                while (next < sorted.size() && !sorted.get(next).date().isAfter(day)) {
                    DatedDelta delta = sorted.get(next++);
                    balance.merge(delta.pot(), delta.signedFen(), Long::sum);
                }
                for (Pot pot : Pot.values()) {
                    fenDays.get(pot)[span] = Math.addExact(fenDays.get(pot)[span], balance.get(pot));
                }
            }
        }
        List<PotInterest> result = new ArrayList<>();
        for (Pot pot : Pot.values()) {
            result.add(potInterest(pot, spans, fenDays.get(pot)));
        }
        return result;
    }

    private static PotInterest potInterest(Pot pot, List<Span> spans, long[] fenDays) {
        List<RateSegment> segments = new ArrayList<>();
        BigDecimal interestFen = BigDecimal.ZERO;
        long total = 0;
        for (int i = 0; i < spans.size(); i++) {
            Span span = spans.get(i);
            segments.add(new RateSegment(span.from(), span.to(), span.rate(), fenDays[i]));
            interestFen = interestFen.add(BigDecimal.valueOf(fenDays[i]).multiply(span.rate()));
            total = Math.addExact(total, fenDays[i]);
        }
        long rounded = interestFen.divide(DAYS_PER_YEAR, 0, RoundingMode.HALF_UP).longValueExact();
        return new PotInterest(pot, total, segments, Money.ofFen(rounded));
    }

    /** The quarter as one span at the interest day's rate, or split at each rate change. */
    private static List<Span> spans(LocalDate first, LocalDate last, InterestPolicy policy) {
        if (policy.rateMethod() == RateMethod.RATE_ON_INTEREST_DAY) {
            return List.of(new Span(first, last, policy.rateOn(last).annualRate()));
        }
        List<Span> spans = new ArrayList<>();
        LocalDate from = first;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            boolean lastDayOfSpan = day.equals(last)
                    || !policy.rateOn(day.plusDays(1)).equals(policy.rateOn(day));
            if (lastDayOfSpan) {
                spans.add(new Span(from, day, policy.rateOn(day).annualRate()));
                from = day.plusDays(1);
            }
        }
        return spans;
    }

    private record Span(LocalDate from, LocalDate to, BigDecimal rate) {
    }
}
