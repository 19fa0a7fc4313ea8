package ledger.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * One effective-dated monthly credit rule of a region. It applies to the listed categories for every
 * period from {@code effectiveFrom} until a later rule for the same category takes over.
 */
public record CreditRule(
        String id,
        Set<Category> categories,
        LocalDate effectiveFrom,
        CreditMethod method,
        BigDecimal rate,
        List<AgeBand> bands,
        String source) {

    public CreditRule {
        bands = bands == null ? List.of() : bands.stream().sorted(Comparator.comparingInt(AgeBand::fromAge)).toList();
        categories = Set.copyOf(categories);
    }

    /** The band whose range holds this age: the one with the highest lower bound not above it. */
    public AgeBand bandFor(int ageInYears) {
        return bands.stream()
                .filter(band -> band.fromAge() <= ageInYears)
                .reduce((lower, higher) -> higher)
                .orElseThrow(() -> new IllegalStateException("rule " + id + " has no age band for age " + ageInYears));
    }
}
