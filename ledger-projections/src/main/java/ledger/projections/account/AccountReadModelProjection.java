package ledger.projections.account;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import ledger.account.event.AccountClosed;
import ledger.account.event.AccountOpened;
import ledger.account.event.ClosedAccountRefundForwarded;
import ledger.account.event.FamilyMemberRegistered;
import ledger.account.event.FamilyMemberRevoked;
import ledger.account.event.FamilyRegistrationRevoked;
import ledger.account.event.FundingOrderChanged;
import ledger.account.event.InsuranceStatusChanged;
import ledger.account.event.MoneyMovement;
import ledger.account.event.RegisteredAsFamilyMember;
import ledger.account.event.ResidentMemberRecorded;
import ledger.account.event.RetirementRecorded;
import ledger.money.Balances;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps the account view (balances, status) and the statement in step with the event stream. Each
 * change is guarded by the event's sequence number, so an event delivered twice changes nothing. A money
 * movement the guard takes in is handed on to the read models that sum movements, in the same call. The
 * rows change in memory and are written at the unit of work's commit ({@link AccountRows}, ADR 31).
 */
@ProcessingGroup(AccountReadModelProjection.PROCESSING_GROUP)
public class AccountReadModelProjection {

    public static final String PROCESSING_GROUP = "account-read-models";

    private final JdbcTemplate jdbc;
    private final List<MovementTotals> totals;

    /**
     * {@code totals} are handed each movement in this order, and their writes follow the account's at the commit
     * in the order they were first used: the fund totals, whose rows every segment adds to, go last.
     */
    public AccountReadModelProjection(JdbcTemplate jdbc, List<MovementTotals> totals) {
        this.jdbc = jdbc;
        this.totals = List.copyOf(totals);
    }

    @EventHandler
    void on(AccountOpened event, @SequenceNumber long sequence) {
        AccountRows rows = AccountRows.of(jdbc);
        if (rows.view(event.personId()).isEmpty()) {
            rows.open(new AccountRows.View(event.personId(), event.region(), event.category().name(),
                    event.birthDate(), event.openedOn(), event.retiredOn(), sequence));
        }
    }

    /** A resident-scheme member has no account view; his row carries his position and his region. */
    @EventHandler
    void on(ResidentMemberRecorded event, @SequenceNumber long sequence) {
        AccountRows rows = AccountRows.of(jdbc);
        if (rows.resident(event.personId()).isEmpty()) {
            rows.record(new AccountRows.Resident(event.personId(), event.region(), event.recordedOn(), sequence));
        }
    }

    @EventHandler
    void on(RetirementRecorded event, @SequenceNumber long sequence) {
        AccountRows.of(jdbc).view(event.personId()).filter(view -> view.advanceTo(sequence))
                .ifPresent(view -> view.retire(event.categoryAfter().name(), event.retiredOn()));
    }

    /** A status that earns credits shows as the account's category; the others leave the category as it was. */
    @EventHandler
    void on(InsuranceStatusChanged event, @SequenceNumber long sequence) {
        AccountRows rows = AccountRows.of(jdbc);
        if (rows.advance(event.personId(), sequence)) {
            event.statusAfter().creditedAs().ifPresent(category -> rows.view(event.personId())
                    .ifPresent(view -> view.categorise(category.name())));
        }
    }

    @EventHandler
    void on(MoneyMovement movement, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        AccountRows rows = AccountRows.of(jdbc);
        Optional<AccountRows.View> taken = rows.view(movement.personId()).filter(view -> view.advanceTo(sequence));
        if (taken.isEmpty()) {
            return;
        }
        Balances after = movement.balanceAfter();
        taken.get().hold(after.withdrawable().fen(), after.earmarked().fen());
        StatementLine line = StatementLine.of(movement);
        OffsetDateTime recorded = recordedAt.atOffset(ZoneOffset.UTC);
        movement.deltas().stream().filter(delta -> delta.signedFen() != 0).forEach(delta ->
                rows.appendStatementLine(movement.personId(), sequence, movement.effectiveDate(), recorded,
                        line.type(), line.nationalCode(), delta.signedFen(), delta.pot().name(),
                        after.withdrawable().fen(), after.earmarked().fen(), line.reference()));
        totals.forEach(model -> model.add(movement, taken.get().region()));
    }

    @EventHandler
    void on(AccountClosed event, @SequenceNumber long sequence) {
        AccountRows.of(jdbc).view(event.personId()).filter(view -> view.advanceTo(sequence))
                .ifPresent(AccountRows.View::close);
    }

    @EventHandler
    void on(ClosedAccountRefundForwarded event, @SequenceNumber long sequence) {
        AccountRows.of(jdbc).advance(event.personId(), sequence);
    }

    @EventHandler
    void on(RegisteredAsFamilyMember event, @SequenceNumber long sequence) {
        replaceFundingOrder(event.personId(), event.fundingOrderAfter(), sequence);
    }

    @EventHandler
    void on(FamilyRegistrationRevoked event, @SequenceNumber long sequence) {
        replaceFundingOrder(event.personId(), event.fundingOrderAfter(), sequence);
    }

    @EventHandler
    void on(FundingOrderChanged event, @SequenceNumber long sequence) {
        replaceFundingOrder(event.personId(), event.fundingOrderAfter(), sequence);
    }

    /** The holder's side of a registration changes no read model but still advances the view's position. */
    @EventHandler
    void on(FamilyMemberRegistered event, @SequenceNumber long sequence) {
        AccountRows.of(jdbc).advance(event.personId(), sequence);
    }

    @EventHandler
    void on(FamilyMemberRevoked event, @SequenceNumber long sequence) {
        AccountRows.of(jdbc).advance(event.personId(), sequence);
    }

    @ResetHandler
    void clearForReplay() {
        totals.forEach(MovementTotals::clearForReplay);
        jdbc.update("DELETE FROM funding_order");
        jdbc.update("DELETE FROM resident_member");
        jdbc.update("DELETE FROM statement_entry");
        jdbc.update("DELETE FROM account_view");
    }

    private void replaceFundingOrder(String memberId, List<String> order, long sequence) {
        AccountRows rows = AccountRows.of(jdbc);
        if (rows.advance(memberId, sequence)) {
            rows.replaceFundingOrder(memberId, order);
        }
    }
}
