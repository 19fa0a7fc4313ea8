package ledger.app.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ledger.account.event.AccountClosed;
import ledger.account.event.AccountEvent;
import ledger.account.event.MoneyMovement;
import ledger.app.eventstore.MetaDataKeys;
import ledger.app.eventstore.RawEvents;
import ledger.app.web.UnknownAccount;
import ledger.money.Pot;
import ledger.projections.account.AccountReadModels;
import ledger.projections.account.AccountStatus;
import ledger.projections.account.AccountView;
import ledger.projections.fund.FundTotals;
import org.springframework.stereotype.Component;

/**
 * What an auditor asks of one account, answered from the raw event rows: the history with hashes,
 * the balance replayed to a date, and whether the chain and the projection hold.
 */
@Component
public class AuditTrail {

    private final RawEvents rawEvents;
    private final AccountEvents accountEvents;
    private final AccountReadModels readModels;
    private final FundTotals fundTotals;

    AuditTrail(RawEvents rawEvents, AccountEvents accountEvents, AccountReadModels readModels, FundTotals fundTotals) {
        this.rawEvents = rawEvents;
        this.accountEvents = accountEvents;
        this.readModels = readModels;
        this.fundTotals = fundTotals;
    }

    public record EventEntry(long sequence, String type, LocalDate effectiveDate, Instant recordedAt, String actor,
                      JsonNode payload, SignedBalances balanceAfter, String hash, String previousHash) {
    }

    public record SignedBalances(String withdrawable, String earmarked, String total) {
        static SignedBalances of(Map<Pot, Long> fen) {
            long withdrawable = fen.get(Pot.WITHDRAWABLE);
            long earmarked = fen.get(Pot.EARMARKED);
            return new SignedBalances(yuan(withdrawable), yuan(earmarked), yuan(withdrawable + earmarked));
        }

        private static String yuan(long fen) {
            return java.math.BigDecimal.valueOf(fen, 2).toPlainString();
        }
    }

    public record BalanceAsOf(String personId, LocalDate asOf, Instant recordedBefore, int eventsApplied,
                       SignedBalances balance) {
    }

    /** {@code fundTotalsReconcile}: the fund totals of the account's region equal its accounts' balances. */
    public record Verification(String personId, int eventsChecked, boolean hashChainIntact, Long firstBrokenSequence,
                        String chainProblem, boolean projectionMatchesReplay, String projectionProblem,
                        Boolean fundTotalsReconcile) {
    }

    public List<EventEntry> history(String personId) {
        List<RawEvents.Row> rows = rowsOf(personId);
        Map<Pot, Long> running = zero();
        List<EventEntry> entries = new ArrayList<>();
        for (RawEvents.Row row : rows) {
            Optional<AccountEvent> event = accountEvents.of(row);
            event.filter(MoneyMovement.class::isInstance).map(MoneyMovement.class::cast).ifPresent(m -> apply(running, m));
            JsonNode metaData = rawEvents.tree(row.metaData());
            entries.add(new EventEntry(row.sequence(), simpleName(row.payloadType()),
                    event.map(AccountEvent::effectiveDate).orElse(null), row.recordedAt(),
                    metaData.path(MetaDataKeys.ACTOR).asText(null), rawEvents.tree(row.payload()),
                    SignedBalances.of(running), metaData.path(MetaDataKeys.HASH).asText(null),
                    metaData.path(MetaDataKeys.PREVIOUS_HASH).asText(null)));
        }
        return entries;
    }

    public BalanceAsOf balanceAsOf(String personId, LocalDate asOf, Instant recordedBefore) {
        Map<Pot, Long> balance = zero();
        int applied = 0;
        for (RawEvents.Row row : rowsOf(personId)) {
            if (recordedBefore != null && !row.recordedAt().isBefore(recordedBefore)) {
                continue;
            }
            Optional<AccountEvent> event = accountEvents.of(row);
            if (event.isPresent() && !event.get().effectiveDate().isAfter(asOf)
                    && event.get() instanceof MoneyMovement movement) {
                apply(balance, movement);
                applied++;
            }
        }
        return new BalanceAsOf(personId, asOf, recordedBefore, applied, SignedBalances.of(balance));
    }

    public Verification verify(String personId) {
        List<RawEvents.Row> rows = rowsOf(personId);
        ChainCheck chain = ChainCheck.of(personId, rows, rawEvents);
        String projectionProblem = projectionProblem(personId, rows);
        Boolean reconciles = readModels.account(personId).map(view -> fundTotals.reconciliation(view.region())
                .stream().allMatch(FundTotals.PotReconciliation::reconciles)).orElse(null);
        return new Verification(personId, rows.size(), chain.intact(), chain.firstBrokenSequence(), chain.problem(),
                projectionProblem == null, projectionProblem, reconciles);
    }

    /** Replays the deltas (not the stored balances) and compares with the balance projection. */
    private String projectionProblem(String personId, List<RawEvents.Row> rows) {
        Map<Pot, Long> replayed = zero();
        boolean closed = false;
        for (RawEvents.Row row : rows) {
            Optional<AccountEvent> event = accountEvents.of(row);
            if (event.isEmpty()) {
                return "event " + row.sequence() + " cannot be read, so the account cannot be replayed";
            }
            if (event.get() instanceof MoneyMovement movement) {
                apply(replayed, movement);
            }
            closed |= event.get() instanceof AccountClosed;
        }
        AccountView view = readModels.account(personId).orElse(null);
        if (view == null) {
            return "the balance projection has no row for this account";
        }
        if (view.balance().withdrawable().fen() != replayed.get(Pot.WITHDRAWABLE)
                || view.balance().earmarked().fen() != replayed.get(Pot.EARMARKED)) {
            return "projection shows " + view.balance() + " but the replay gives " + SignedBalances.of(replayed);
        }
        if ((view.status() == AccountStatus.CLOSED) != closed) {
            return "projection shows status " + view.status() + " but the replay says " + (closed ? "CLOSED" : "OPEN");
        }
        return null;
    }

    private List<RawEvents.Row> rowsOf(String personId) {
        List<RawEvents.Row> rows = rawEvents.of(personId);
        if (rows.isEmpty()) {
            throw new UnknownAccount(personId);
        }
        return rows;
    }

    private static void apply(Map<Pot, Long> balance, MoneyMovement movement) {
        movement.deltas().forEach(delta -> balance.merge(delta.pot(), delta.signedFen(), Long::sum));
    }

    private static Map<Pot, Long> zero() {
        Map<Pot, Long> balance = new EnumMap<>(Pot.class);
        balance.put(Pot.WITHDRAWABLE, 0L);
        balance.put(Pot.EARMARKED, 0L);
        return balance;
    }

    private static String simpleName(String payloadType) {
        return payloadType.substring(payloadType.lastIndexOf('.') + 1);
    }
}
