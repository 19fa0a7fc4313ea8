package ledger.app.reconciliation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import ledger.account.value.RefundKind;
import ledger.money.Money;
import ledger.projections.reconciliation.InstitutionDays.Line;
import ledger.projections.reconciliation.InstitutionDays.Total;

/**
 * One institution's day as the ledger booked it: per kind the count and the sums (a 3202-style total
 * check), what is left of the day's settlements after what was given back, and every line.
 */
record DailyTotals(String institutionId, LocalDate date, List<KindTotal> totals, Net net, List<LineJson> lines) {

    static final String SETTLEMENT = "SETTLEMENT";
    /** Every kind, always listed, so a day without refunds shows a zero count rather than nothing. */
    static final List<String> KINDS = Stream.concat(Stream.of(SETTLEMENT),
            Stream.of(RefundKind.values()).map(Enum::name)).toList();

    record KindTotal(String kind, long count, Money amount, Money accountPaid, Money cashPaid) {
    }

    /** Settled minus refunded, reimbursed and cancelled. Signed, so in fen. */
    record Net(long amountFen, long accountFen, long cashFen) {
    }

    record LineJson(String kind, String paymentId, String refundId, Money amount, Money accountPaid, Money cashPaid) {
    }

    static DailyTotals of(String institutionId, LocalDate date, List<Total> booked, List<Line> lines) {
        Map<String, Total> byKind = booked.stream().collect(Collectors.toMap(Total::kind, Function.identity()));
        List<KindTotal> totals = KINDS.stream().map(kind -> byKind.getOrDefault(kind, new Total(kind, 0, 0, 0, 0)))
                .map(total -> new KindTotal(total.kind(), total.count(), Money.ofFen(total.amountFen()),
                        Money.ofFen(total.accountFen()), Money.ofFen(total.cashFen()))).toList();
        return new DailyTotals(institutionId, date, totals, net(booked), lines.stream().map(DailyTotals::line).toList());
    }

    private static Net net(List<Total> booked) {
        long amount = 0;
        long account = 0;
        long cash = 0;
        for (Total total : booked) {
            int sign = SETTLEMENT.equals(total.kind()) ? 1 : -1;
            amount += sign * total.amountFen();
            account += sign * total.accountFen();
            cash += sign * total.cashFen();
        }
        return new Net(amount, account, cash);
    }

    private static LineJson line(Line line) {
        return new LineJson(line.kind(), line.paymentId(), SETTLEMENT.equals(line.kind()) ? null : line.lineId(),
                Money.ofFen(line.amountFen()), Money.ofFen(line.accountFen()), Money.ofFen(line.cashFen()));
    }

    /** The file: a TOTAL row per kind, then a LINE row per booking; amounts in yuan. */
    String csv() {
        StringBuilder csv = new StringBuilder("record,kind,paymentId,refundId,count,amount,accountPaid,cashPaid\n");
        totals.forEach(total -> csv.append(String.join(",", "TOTAL", total.kind(), "", "",
                Long.toString(total.count()), total.amount().toString(), total.accountPaid().toString(),
                total.cashPaid().toString())).append('\n'));
        lines.forEach(line -> csv.append(String.join(",", "LINE", line.kind(), line.paymentId(),
                line.refundId() == null ? "" : line.refundId(), "1", line.amount().toString(),
                line.accountPaid().toString(), line.cashPaid().toString())).append('\n'));
        return csv.toString();
    }
}
