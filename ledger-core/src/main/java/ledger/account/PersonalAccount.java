package ledger.account;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.List;
import ledger.account.command.ChangeFundingOrder;
import ledger.account.command.ChangeInsuranceStatus;
import ledger.account.command.CloseAccount;
import ledger.account.command.CloseAccountToHeir;
import ledger.account.command.OpenAccount;
import ledger.account.command.PostInterest;
import ledger.account.command.PostMonthlyCredit;
import ledger.account.command.RecordRetirement;
import ledger.account.command.ReverseCredit;
import ledger.account.command.TransferIn;
import ledger.account.command.WithdrawCash;
import ledger.account.event.AccountEvent;
import ledger.account.event.AccountOpened;
import ledger.account.event.CashWithdrawn;
import ledger.account.event.CreditCorrected;
import ledger.account.event.CreditReversed;
import ledger.account.event.FundingOrderChanged;
import ledger.account.event.LegacyBalanceMigrated;
import ledger.account.event.MonthlyCreditPosted;
import ledger.account.event.ResidentMemberRecorded;
import ledger.account.event.TransferredIn;
import ledger.account.receipt.ClosureReceipt;
import ledger.account.receipt.Corrections;
import ledger.account.receipt.CreditReceipt;
import ledger.account.receipt.InterestReceipt;
import ledger.account.receipt.ReversalReceipt;
import ledger.account.receipt.TransferReceipt;
import ledger.account.receipt.WithdrawalReceipt;
import ledger.account.value.ClosureReason;
import ledger.account.value.RefundKind;
import ledger.account.value.Relation;
import ledger.family.FundingOrderRule;
import ledger.money.Balances;
import ledger.money.Money;
import ledger.money.Pot;
import ledger.policy.FamilyAidPolicy;
import ledger.policy.MonthlyCreditPolicy;
import ledger.policy.PolicyCatalog;
import ledger.transferring.TransferInRule;
import ledger.withdrawing.CashWithdrawalRule;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.serialization.Revision;

/**
 * One insured person's personal account: one event stream per person. Command handlers ask the rules
 * and apply events; only {@link AccountState#apply} changes state. The share-level operations used by
 * the cross-account handlers of this package are package-private. The snapshot is the state's fields.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
@Revision("4")
public class PersonalAccount {

    @JsonUnwrapped
    private AccountState state = new AccountState();

    protected PersonalAccount() {
        // for Axon: state is rebuilt from events or a snapshot
    }

    @CommandHandler
    public PersonalAccount(OpenAccount command, PolicyCatalog policies) {
        AccountOpening.check(command, policies);
        apply(new AccountOpened(command.personId(), command.region(), command.category(), command.birthDate(),
                command.openedOn(), command.retiredOn()));
        Money legacy = command.legacyWithdrawableBalance();
        if (legacy != null && !legacy.isZero()) {
            // events applied in a constructor reach the state only after it returns: start from empty
            apply(new LegacyBalanceMigrated(command.personId(), legacy, command.openedOn(),
                    Balances.EMPTY.plus(Pot.WITHDRAWABLE, legacy)));
        }
    }

    /** Records a resident-scheme member when a holder first registers him; see {@link FamilyRegistrations}. */
    PersonalAccount(ResidentMemberRecorded recorded) {
        apply(recorded);
    }

    @AggregateIdentifier
    String personId() {
        return state.personId;
    }

    @CommandHandler
    public Corrections handle(RecordRetirement command, MonthlyCreditPolicy policy, PolicyCatalog policies) {
        return corrected(new StatusChanges(state, policy, policies).retirement(command));
    }

    /** A change of insurance status (000 Q14): new rules from the month after, earlier credits corrected (§8). */
    @CommandHandler
    public Corrections handle(ChangeInsuranceStatus command, MonthlyCreditPolicy policy, PolicyCatalog policies) {
        return corrected(new StatusChanges(state, policy, policies).statusChange(command));
    }

    @CommandHandler
    public CreditReceipt handle(PostMonthlyCredit command, MonthlyCreditPolicy policy) {
        MonthlyCreditPosted posted = MonthlyCredits.post(state, command, policy);
        apply(posted);
        return CreditReceipt.of(posted);
    }

    /**
     * A credit posted in error is taken back (退收, 104); the period may then be credited again (§8). The
     * same reversal asked again answers the stored one, as any money-moving request repeated.
     */
    @CommandHandler
    public ReversalReceipt handle(ReverseCredit command) {
        state.ensureHoldsAccount();
        MonthlyCreditPosted credit = state.creditsByPeriod.get(command.period());
        CreditReversed earlier = state.reversals.repeated(state.personId, credit, command);
        if (earlier != null) {
            return new ReversalReceipt(earlier, true);
        }
        state.ensureOpenOn("a reversal", command.reversedOn());
        CreditReversed reversed = state.reversals.plan(state.personId, credit, command,
                state.availableFrom(command.reversedOn()), state.balances);
        apply(reversed);
        return new ReversalReceipt(reversed, false);
    }

    @CommandHandler
    public WithdrawalReceipt handle(WithdrawCash command, PolicyCatalog policies) {
        state.ensureHoldsAccount();
        CashWithdrawn earlier = state.withdrawalsById.get(command.withdrawalId());
        if (earlier != null) {
            CashWithdrawalRule.sameRequest(earlier, command).enforce();
            return WithdrawalReceipt.of(earlier, true);
        }
        CashWithdrawn withdrawn = CashWithdrawals.withdraw(state, command, policies.region(state.region));
        apply(withdrawn);
        return WithdrawalReceipt.of(withdrawn, false);
    }

    @CommandHandler
    public void handle(ChangeFundingOrder command) {
        state.ensureOpen();
        FundingOrderRule.permutationOf(state.personId, state.family.fundingOrder(), command.familyAccounts()).enforce();
        apply(new FundingOrderChanged(state.personId, command.familyAccounts(), command.changedOn()));
    }

    @CommandHandler
    public InterestReceipt handle(PostInterest command, PolicyCatalog policies) {
        InterestPosting posting = InterestPosting.plan(state, command, policies);
        posting.events().forEach(AggregateLifecycle::apply);
        return posting.receipt();
    }

    @CommandHandler
    public ClosureReceipt handle(CloseAccount command, PolicyCatalog policies) {
        state.ensureHoldsAccount();
        return liquidate(command, policies, Liquidation.payeeFor(state.personId, command.reason(), command.payee()))
                .receipt();
    }

    @CommandHandler
    public TransferReceipt handle(TransferIn command) {
        state.ensureHoldsAccount();
        TransferredIn earlier = state.transfersById.get(command.transferId());
        if (earlier != null) {
            TransferInRule.sameRequest(earlier, command).enforce();
            return TransferReceipt.of(earlier, true);
        }
        TransferredIn transferred = TransfersIn.receive(state, command);
        apply(transferred);
        return TransferReceipt.of(transferred, false);
    }

    public Balances balances() {
        return state.balances;
    }

    /** As holder: lets {@code memberId}, insured in {@code memberRegion}, use this account (§5). */
    void registerMember(String memberId, Relation relation, LocalDate registeredOn, String memberRegion,
                        FamilyAidPolicy familyAid) {
        apply(FamilyMembership.register(state, memberId, relation, registeredOn, memberRegion, familyAid));
    }

    void acceptRegistration(String holderId, Relation relation, LocalDate registeredOn) {
        apply(FamilyMembership.accept(state, holderId, relation, registeredOn));
    }

    void revokeMember(String memberId, LocalDate revokedOn) {
        apply(FamilyMembership.revoke(state, memberId, revokedOn));
    }

    void dropRegistration(String holderId, LocalDate revokedOn) {
        apply(FamilyMembership.drop(state, holderId, revokedOn));
    }

    /** Pays one share of a settlement from one pot; the settlement planned it within the balance. */
    void debit(PaymentShare share, Pot pot, Money amount) {
        apply(AccountShares.debit(state, share, pot, amount));
    }

    void creditRefund(String paymentId, String refundId, RefundKind kind, Pot pot, Money amount, LocalDate refundedOn) {
        apply(AccountShares.refund(state, paymentId, refundId, kind, pot, amount, refundedOn));
    }

    /** A refund share owed to this closed account goes to the payee of its liquidation; returns that payee. */
    String forwardRefund(String paymentId, String refundId, Pot pot, Money amount, LocalDate forwardedOn) {
        apply(AccountShares.forward(state, paymentId, refundId, pot, amount, forwardedOn));
        return state.closure.payee();
    }

    /** On death, the balance goes into an heir's account of the region instead of being paid out (§8). */
    Liquidation.Liquidated bequeath(CloseAccountToHeir command, PolicyCatalog policies) {
        return liquidate(new CloseAccount(state.personId, ClosureReason.DECEASED, command.effectiveOn(),
                command.heirAccountId(), command.closedOn()), policies, command.heirAccountId());
    }

    /** As heir: the deceased's pots credited into the same pots of this account (code 106). */
    void inherit(String deceasedId, Balances inherited, LocalDate creditedOn) {
        apply(AccountShares.inherit(state, deceasedId, inherited, creditedOn));
    }

    /** What the cross-account handlers of this package read: the state, never changed through it. */
    AccountState state() {
        return state;
    }

    private Liquidation.Liquidated liquidate(CloseAccount command, PolicyCatalog policies, String payee) {
        Liquidation.Liquidated liquidated = Liquidation.plan(state, command, policies.region(state.region), payee);
        liquidated.events().forEach(AggregateLifecycle::apply);
        return liquidated;
    }

    private static Corrections corrected(List<AccountEvent> events) {
        events.forEach(AggregateLifecycle::apply);
        return new Corrections(events.stream().filter(CreditCorrected.class::isInstance)
                .map(CreditCorrected.class::cast).toList());
    }

    @EventSourcingHandler
    void on(AccountEvent event) {
        state.apply(event);
    }
}
