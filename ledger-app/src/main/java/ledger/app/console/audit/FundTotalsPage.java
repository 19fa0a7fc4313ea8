package ledger.app.console.audit;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import ledger.policy.PolicyCatalog;
import ledger.projections.fund.FundTotals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A region's fund totals per month and pot, whether they reconcile with the balances, and a chart. */
@Controller
class FundTotalsPage {

    /** The kinds of movement the chart draws, by the statement's entry types. */
    private static final Set<String> CREDITS = Set.of("MONTHLY_CREDIT", "BACK_FILLED_CREDIT");
    private static final Set<String> INTEREST = Set.of("INTEREST");
    private static final Set<String> SPENDING = Set.of("PAYMENT", "PREMIUM_PAID", "CASH_WITHDRAWAL");

    private final FundTotals fundTotals;
    private final PolicyCatalog policies;

    FundTotalsPage(FundTotals fundTotals, PolicyCatalog policies) {
        this.fundTotals = fundTotals;
        this.policies = policies;
    }

    record ChartSeries(List<String> months, List<String> credits, List<String> interest, List<String> spending) {
    }

    @GetMapping("/console/audit/fund-totals")
    String fundTotals(@RequestParam String region, Model model) {
        policies.region(region);
        List<FundTotals.Line> lines = fundTotals.lines(region);
        List<FundTotals.PotReconciliation> pots = fundTotals.reconciliation(region);
        model.addAttribute("region", region);
        model.addAttribute("regions", policies.regionNames());
        model.addAttribute("lines", lines);
        model.addAttribute("pots", pots);
        model.addAttribute("reconciles", pots.stream().allMatch(FundTotals.PotReconciliation::reconciles));
        model.addAttribute("chart", chart(lines));
        return "console/audit/fund-totals";
    }

    private static ChartSeries chart(List<FundTotals.Line> lines) {
        Map<String, long[]> perMonth = new TreeMap<>();
        for (FundTotals.Line line : lines) {
            long[] sums = perMonth.computeIfAbsent(line.month(), month -> new long[3]);
            if (CREDITS.contains(line.flow())) {
                sums[0] += line.amountFen();
            } else if (INTEREST.contains(line.flow())) {
                sums[1] += line.amountFen();
            } else if (SPENDING.contains(line.flow())) {
                sums[2] -= line.amountFen();
            }
        }
        return new ChartSeries(List.copyOf(perMonth.keySet()), column(perMonth, 0), column(perMonth, 1),
                column(perMonth, 2));
    }

    private static List<String> column(Map<String, long[]> perMonth, int index) {
        return perMonth.values().stream().map(sums -> java.math.BigDecimal.valueOf(sums[index], 2).toPlainString())
                .toList();
    }
}
