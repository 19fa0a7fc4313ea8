package ledger.account;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import ledger.account.event.AccountClosed;
import ledger.account.event.AccountDebited;
import ledger.account.event.AccountOpened;
import ledger.account.event.BalancePaidOut;
import ledger.account.event.CashWithdrawn;
import ledger.account.event.ClosedAccountRefundForwarded;
import ledger.account.event.CreditCorrected;
import ledger.account.event.CreditRecovered;
import ledger.account.event.CreditReversed;
import ledger.account.event.FamilyMemberRegistered;
import ledger.account.event.FamilyMemberRevoked;
import ledger.account.event.FamilyRegistrationRevoked;
import ledger.account.event.FundingOrderChanged;
import ledger.account.event.InheritanceCredited;
import ledger.account.event.InsuranceStatusChanged;
import ledger.account.event.InterestAdjusted;
import ledger.account.event.InterestPosted;
import ledger.account.event.LegacyBalanceMigrated;
import ledger.account.event.MoneyMovement;
import ledger.account.event.MonthlyCreditPosted;
import ledger.account.event.RefundCredited;
import ledger.account.event.RegisteredAsFamilyMember;
import ledger.account.event.ResidentMemberRecorded;
import ledger.account.event.RetirementRecorded;
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
import ledger.interest.PotInterest;
import ledger.interest.Quarter;
import ledger.money.Balances;
import ledger.money.Money;
import ledger.money.Pot;
import ledger.policy.Category;
import ledger.policy.ClosureRule;
import ledger.policy.CreditDecision;
import ledger.policy.CreditInput;
import ledger.policy.FamilyAidPolicy;
import ledger.policy.InterestPolicy;
import ledger.policy.MonthlyCreditPolicy;
import ledger.policy.PolicyCatalog;
import ledger.refusal.ConflictWithHistory;
import ledger.refusal.InvalidInput;
import ledger.refusal.NotFound;
import ledger.refusal.RuleRefusal;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.serialization.Revision;

/**
 * One insured person's personal account: one event stream per person. Command handlers decide and
 * apply events; only the event-sourcing handlers change state. Jackson reads the fields directly so
 * snapshots keep the whole state.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
@Revision("4")
public class PersonalAccount {

    @AggregateIdentifier
    private String personId;
    private String region;
    private Category category;
    private LocalDate birthDate;
    private LocalDate openedOn;
    private LocalDate retiredOn;
    private Balances balances;
    private Map<YearMonth, MonthlyCreditPosted> creditsByPeriod;
    private Map<String, CashWithdrawn> withdrawalsById;
    private FamilyTies family;
    private InterestTimeline interest;
    private Map<String, TransferredIn> transfersById;
    private AccountClosed closure;
    /** A member of the resident scheme: a funding order, no account of his own (domain-rules §5). */
    private boolean resident;
    private CreditCategories categories;
    private CreditReversals reversals;

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

    @CommandHandler
    public Corrections handle(RecordRetirement command, MonthlyCreditPolicy policy, PolicyCatalog policies) {
        ensureHoldsAccount();
        ensureOpen();
        if (category.isRetired()) {
            throw new ConflictWithHistory("already-retired", "person " + personId + " is already a "
                    + category + (retiredOn == null ? "" : ", retired on " + retiredOn));
        }
        if (command.retiredOn().isBefore(openedOn)) {
            throw new RuleRefusal("retirement-before-opening", "retirement on " + command.retiredOn()
                    + " is before the account was opened on " + openedOn);
        }
        YearMonth retireeRulesFrom = YearMonth.from(command.retiredOn()).plusMonths(1);
        List<CreditCorrected> corrections = correctionsFrom(retireeRulesFrom, Optional.of(category.onRetirement()),
                "retirement on " + command.retiredOn(), command.recordedOn(), policy, policies);
        apply(new RetirementRecorded(personId, command.retiredOn(), category, category.onRetirement(),
                retireeRulesFrom));
        corrections.forEach(AggregateLifecycle::apply);
        return new Corrections(corrections);
    }

    /** A change of insurance status (000 Q14): new rules from the month after, earlier credits corrected (§8). */
    @CommandHandler
    public Corrections handle(ChangeInsuranceStatus command, MonthlyCreditPolicy policy, PolicyCatalog policies) {
        ensureHoldsAccount();
        ensureOpen();
        StatusChange.check(personId, openedOn, categories, command);
        YearMonth newRulesFrom = YearMonth.from(command.effectiveOn()).plusMonths(1);
        List<CreditCorrected> corrections = correctionsFrom(newRulesFrom, command.status().creditedAs(),
                "insurance status " + command.status() + " from " + command.effectiveOn(), command.recordedOn(),
                policy, policies);
        apply(new InsuranceStatusChanged(personId, categories.currentStatus(), command.status(),
                command.effectiveOn(), newRulesFrom));
        corrections.forEach(AggregateLifecycle::apply);
        return new Corrections(corrections);
    }

    private List<CreditCorrected> correctionsFrom(YearMonth from, Optional<Category> newCategory, String cause,
                                                  LocalDate correctedOn, MonthlyCreditPolicy policy,
                                                  PolicyCatalog policies) {
        List<CreditCorrected> corrections = new CreditCorrections(policy, policies.region(region), birthDate)
                .plan(creditsByPeriod.values(), from, newCategory, cause, correctedOn, balances);
        if (!corrections.isEmpty()) {
            AccountLife.checkOpenedBy(personId, openedOn, "a credit correction", correctedOn);
            interest.checkOpenOn(correctedOn);
        }
        return corrections;
    }

    @CommandHandler
    public CreditReceipt handle(PostMonthlyCredit command, MonthlyCreditPolicy policy) {
        ensureHoldsAccount();
        ensureOpen();
        YearMonth period = command.period();
        MonthlyCreditPosted earlier = creditsByPeriod.get(period);
        if (earlier != null) {
            throw new ConflictWithHistory("period-already-credited", "period " + period + " of person " + personId
                    + " was already credited " + earlier.amount() + " to " + earlier.pot() + " on "
                    + earlier.allocationDate() + " by rule " + earlier.basis().ruleId() + "; a month is credited once");
        }
        if (command.creditingRegion() != null && !command.creditingRegion().equals(region)) {
            throw new RuleRefusal("person-of-other-region", personId + " is insured in " + region + ", not in "
                    + command.creditingRegion() + ": the " + command.creditingRegion() + " run does not credit this person");
        }
        checkCreditDates(period, command.allocationDate());
        interest.checkOpenOn(command.allocationDate());
        CreditDecision decision = policy.decide(new CreditInput(region, categoryFor(period), birthDate, period,
                command.contributionBase(), command.allocationDate()));
        boolean backFilled = YearMonth.from(command.allocationDate()).isAfter(period);
        MonthlyCreditPosted posted = new MonthlyCreditPosted(personId, period, decision.amount(), decision.pot(),
                command.allocationDate(), backFilled, decision.basis(),
                balances.plus(decision.pot(), decision.amount()));
        apply(posted);
        return CreditReceipt.of(posted);
    }

    /**
     * A credit posted in error is taken back (退收, 104); the period may then be credited again (§8). The
     * same reversal asked again answers the stored one, as any money-moving request repeated.
     */
    @CommandHandler
    public ReversalReceipt handle(ReverseCredit command) {
        ensureHoldsAccount();
        CreditReversed earlier = reversals.repeated(personId, creditsByPeriod.get(command.period()), command);
        if (earlier != null) {
            return new ReversalReceipt(earlier, true);
        }
        ensureOpen();
        AccountLife.checkOpenedBy(personId, openedOn, "a reversal", command.reversedOn());
        interest.checkOpenOn(command.reversedOn());
        CreditReversed reversed = reversals.plan(personId, creditsByPeriod.get(command.period()), command,
                availableFrom(command.reversedOn()), balances);
        apply(reversed);
        return new ReversalReceipt(reversed, false);
    }

    @CommandHandler
    public WithdrawalReceipt handle(WithdrawCash command, PolicyCatalog policies) {
        ensureHoldsAccount();
        CashWithdrawn earlier = withdrawalsById.get(command.withdrawalId());
        if (earlier != null) {
            return repeatedWithdrawal(earlier, command);
        }
        ensureOpen();
        if (command.amount().isZero()) {
            throw new InvalidInput("zero-amount", "a withdrawal must be above 0.00");
        }
        CashWithdrawalRule.check(policies.region(region));
        AccountLife.checkOpenedBy(personId, openedOn, "a withdrawal", command.occurredOn());
        interest.checkOpenOn(command.occurredOn());
        Money available = availableFrom(command.occurredOn()).withdrawable();
        if (command.amount().exceeds(available)) {
            throw new RuleRefusal("exceeds-withdrawable", "withdrawal of " + command.amount()
                    + " exceeds the withdrawable pot of " + available + lowestNote(available, command.occurredOn())
                    + "; the earmarked " + balances.earmarked() + " is never paid out in cash (000 Q11-Q13)");
        }
        CashWithdrawn withdrawn = new CashWithdrawn(personId, command.withdrawalId(), command.amount(),
                command.occurredOn(), balances.minus(Pot.WITHDRAWABLE, command.amount()));
        apply(withdrawn);
        return WithdrawalReceipt.of(withdrawn, false);
    }

    @CommandHandler
    public void handle(ChangeFundingOrder command) {
        ensureOpen();
        family.checkPermutation(personId, command.familyAccounts());
        apply(new FundingOrderChanged(personId, command.familyAccounts(), command.changedOn()));
    }

    /** As holder: lets {@code memberId}, insured in {@code memberRegion}, use this account (§5). */
    public void registerMember(String memberId, Relation relation, LocalDate registeredOn, String memberRegion,
                               FamilyAidPolicy familyAid) {
        ensureHoldsAccount();
        ensureOpen();
        if (memberId.equals(personId)) {
            throw new InvalidInput("self-registration", "an account holder cannot register himself as a family member");
        }
        if (!familyAid.admitsMemberFrom(region, memberRegion)) {
            throw new RuleRefusal("member-in-other-region", "family member " + memberId + " is insured in "
                    + memberRegion + ", not in " + region + " or a region its members may come from (000 Q10; "
                    + familyAid.source() + ")");
        }
        if (registeredOn.isBefore(familyAid.registrationFrom())) {
            throw new RuleRefusal("family-registration-not-open", region + " registers family members from "
                    + familyAid.registrationFrom() + " (" + familyAid.source() + "); asked for " + registeredOn);
        }
        AccountLife.checkOpenedBy(personId, openedOn, "a family registration", registeredOn);
        family.checkCanRegister(personId, memberId);
        apply(new FamilyMemberRegistered(personId, memberId, relation, registeredOn));
    }

    /** As member: the holder's account joins the end of this member's funding order. */
    public void acceptRegistration(String holderId, Relation relation, LocalDate registeredOn) {
        ensureOpen();
        AccountLife.checkOpenedBy(personId, openedOn, "a family registration", registeredOn);
        apply(new RegisteredAsFamilyMember(personId, holderId, relation, registeredOn,
                family.orderAfterJoining(holderId)));
    }

    public void revokeMember(String memberId, LocalDate revokedOn) {
        family.checkIsMember(personId, memberId);
        apply(new FamilyMemberRevoked(personId, memberId, revokedOn));
    }

    public void dropRegistration(String holderId, LocalDate revokedOn) {
        apply(new FamilyRegistrationRevoked(personId, holderId, revokedOn, family.orderAfterLeaving(holderId)));
    }

    /** Pays one share of a settlement from one pot; the settlement planned it within the balance. */
    public void debit(PaymentShare share, Pot pot, Money amount) {
        ensureOpen();
        AccountLife.checkOpenedBy(personId, openedOn, "a payment", share.paymentDay());
        interest.checkOpenOn(share.paymentDay());
        apply(new AccountDebited(personId, share.paymentId(), pot, amount, share.payerId(), share.beneficiaryId(),
                share.purpose(), share.institutionId(), share.occurredAt(), share.paymentDay(),
                balances.minus(pot, amount)));
    }

    public void creditRefund(String paymentId, String refundId, RefundKind kind, Pot pot, Money amount,
                             LocalDate refundedOn) {
        AccountLife.checkOpenedBy(personId, openedOn, "a refund", refundedOn);
        interest.checkOpenOn(refundedOn);
        apply(new RefundCredited(personId, paymentId, refundId, kind, pot, amount, refundedOn,
                balances.plus(pot, amount)));
    }

    /** A refund share owed to this closed account goes to the payee of its liquidation; returns that payee. */
    public String forwardRefund(String paymentId, String refundId, Pot pot, Money amount, LocalDate forwardedOn) {
        apply(new ClosedAccountRefundForwarded(personId, paymentId, refundId, pot, amount, closure.payee(),
                forwardedOn));
        return closure.payee();
    }

    @CommandHandler
    public InterestReceipt handle(PostInterest command, PolicyCatalog policies) {
        ensureHoldsAccount();
        ensureOpen();
        InterestPolicy policy = policies.region(region).interest();
        Quarter quarter = command.quarter();
        AccountLife.checkQuarter(personId, openedOn, quarter, policy.quarters());
        List<PotInterest> perPot = interest.interestFor(quarter, policy, command.today());
        Balances after = balances;
        for (PotInterest pot : perPot) {
            after = after.plus(pot.pot(), pot.amount());
        }
        LocalDate first = quarter.firstDay(policy.quarters());
        LocalDate interestDay = quarter.interestDay(policy.quarters());
        InterestPosted posted = new InterestPosted(personId, quarter, first, interestDay,
                quarter.creditDay(policy.quarters()), ChronoUnit.DAYS.between(first, interestDay) + 1,
                policy.ruleId(), policy.rateMethod(), policy.quarters(), perPot, after);
        List<InterestAdjusted> adjustments = interest.adjustmentsAfter(posted, policy, command.today(), after);
        apply(posted);
        adjustments.forEach(AggregateLifecycle::apply);
        return InterestReceipt.of(posted, adjustments);
    }

    @CommandHandler
    public ClosureReceipt handle(CloseAccount command, PolicyCatalog policies) {
        ensureHoldsAccount();
        return liquidate(command, policies, Liquidation.payeeFor(personId, command.reason(), command.payee()))
                .receipt();
    }

    /** On death, the balance goes into an heir's account of the region instead of being paid out (§8). */
    Liquidated bequeath(CloseAccountToHeir command, PolicyCatalog policies) {
        return liquidate(new CloseAccount(personId, ClosureReason.DECEASED, command.effectiveOn(),
                command.heirAccountId(), command.closedOn()), policies, command.heirAccountId());
    }

    /** As heir: the deceased's pots credited into the same pots of this account (code 106). */
    void inherit(String deceasedId, Balances inherited, LocalDate creditedOn) {
        ensureHoldsAccount();
        ensureOpen();
        AccountLife.checkOpenedBy(personId, openedOn, "an inheritance", creditedOn);
        interest.checkOpenOn(creditedOn);
        apply(new InheritanceCredited(personId, deceasedId, inherited.withdrawable(), inherited.earmarked(), creditedOn,
                balances.plus(Pot.WITHDRAWABLE, inherited.withdrawable()).plus(Pot.EARMARKED, inherited.earmarked())));
    }

    /** What a liquidation answered and what it paid out of each pot. */
    record Liquidated(ClosureReceipt receipt, Balances paidOut) {
    }

    private Liquidated liquidate(CloseAccount command, PolicyCatalog policies, String payee) {
        ensureOpen();
        checkClosureReason(command.reason(), policies);
        if (command.effectiveOn().isBefore(openedOn)) {
            throw new RuleRefusal("closure-before-opening", "termination on " + command.effectiveOn()
                    + " is before the account was opened on " + openedOn);
        }
        if (command.effectiveOn().isAfter(command.closedOn())) {
            throw new RuleRefusal("termination-in-future", "termination on " + command.effectiveOn()
                    + " is after the liquidation date " + command.closedOn() + "; an account is liquidated after it ends");
        }
        interest.checkOpenOn(command.closedOn());
        checkNothingArrivesAfter(command.closedOn());
        List<CreditRecovered> recoveries = Liquidation.recoveries(personId, creditsByPeriod, command.effectiveOn(),
                command.closedOn(), balances);
        recoveries.forEach(AggregateLifecycle::apply);
        Balances paidOut = balances;
        if (!paidOut.total().isZero()) {
            apply(new BalancePaidOut(personId, command.reason(), payee, balances.withdrawable(), balances.earmarked(),
                    command.closedOn(), Balances.EMPTY));
        }
        apply(new AccountClosed(personId, command.reason(), command.effectiveOn(), payee, command.closedOn()));
        Money recovered = recoveries.stream().map(CreditRecovered::amount).reduce(Money.ZERO, Money::plus);
        Money unrecovered = recoveries.stream().map(CreditRecovered::unrecovered).reduce(Money.ZERO, Money::plus);
        return new Liquidated(new ClosureReceipt(recovered, unrecovered, paidOut.total(), payee,
                command.reason().payoutCode()), paidOut);
    }

    /** A regional reason (放弃参加, 一次性清退) only where the region's rules have it (§8). */
    private void checkClosureReason(ClosureReason reason, PolicyCatalog policies) {
        if (reason.isRegional() && policies.region(region).closureRule(reason.name()).isEmpty()) {
            throw new RuleRefusal("closure-reason-not-in-region", region + " has no rule for closing an account as "
                    + reason + "; its rules list " + policies.region(region).closureRules().stream()
                    .map(ClosureRule::reason).toList() + " besides the national reasons (000 Q35)");
        }
    }

    @CommandHandler
    public TransferReceipt handle(TransferIn command) {
        ensureHoldsAccount();
        TransferredIn earlier = transfersById.get(command.transferId());
        if (earlier != null) {
            if (!earlier.amount().equals(command.amount()) || !earlier.fromRegion().equals(command.fromRegion())) {
                throw new ConflictWithHistory("transfer-id-reused", "transfer " + command.transferId()
                        + " was already merged: " + earlier.amount() + " from " + earlier.fromRegion()
                        + "; the same id with a different body is refused");
            }
            return TransferReceipt.of(earlier, true);
        }
        ensureOpen();
        if (command.amount().isZero()) {
            throw new InvalidInput("zero-amount", "a transfer in must be above 0.00");
        }
        if (command.fromRegion().equals(region)) {
            throw new RuleRefusal("transfer-within-region", "a transfer in comes from another region; " + personId
                    + " is insured in " + region + ", and within one region nothing moves (000 Q36)");
        }
        AccountLife.checkOpenedBy(personId, openedOn, "a transfer in", command.receivedOn());
        interest.checkOpenOn(command.receivedOn());
        TransferredIn transferred = new TransferredIn(personId, command.transferId(), command.fromRegion(),
                command.amount(), command.receivedOn(), balances.plus(Pot.EARMARKED, command.amount()));
        apply(transferred);
        return TransferReceipt.of(transferred, false);
    }

    public boolean isResident() {
        return resident;
    }

    public boolean isClosed() {
        return closure != null;
    }

    public String region() {
        return region;
    }

    public Balances balances() {
        return balances;
    }

    /**
     * The payout of a liquidation takes the whole balance on its day, so money that arrived on a later
     * day (a credit allocated after it) would be paid before it was there, and the balance by date
     * would go below zero in between (domain-rules-as-built §10a).
     */
    private void checkNothingArrivesAfter(LocalDate closedOn) {
        if (!availableFrom(closedOn).equals(balances)) {
            throw new RuleRefusal("closure-before-later-money", "liquidation on " + closedOn + " is before money "
                    + "the account received on a later day; liquidate on or after the day of its last movement");
        }
    }

    /** A payer's account pays nothing, not even all in cash, on a day before it was opened. */
    public void checkCanPayOn(LocalDate paymentDay) {
        AccountLife.checkOpenedBy(personId, openedOn, "a payment", paymentDay);
    }

    /** What a debit taking effect on the day may take from each pot: its lowest balance from then on. */
    public Balances availableFrom(LocalDate day) {
        return interest.lowestFrom(day, balances);
    }

    /** Whether this holder's registration of the member is in force on the day. */
    public boolean hasRegisteredMemberOn(String memberId, LocalDate day) {
        return family.hasMemberOn(memberId, day);
    }

    /** The family accounts this person may draw on, in order, on the date. */
    public List<String> familyAccountsOn(LocalDate date) {
        return family.fundingOrderOn(date);
    }

    public List<String> fundingOrder() {
        return family.fundingOrder();
    }

    /** A resident-scheme member has no account: nothing is credited to him, paid out or registered by him. */
    private void ensureHoldsAccount() {
        if (resident) {
            throw new NotFound("unknown-account", personId + " is a member of the resident scheme recorded for family"
                    + " mutual aid; he holds no personal account (domain-rules §5)");
        }
    }

    private void ensureOpen() {
        if (closure != null) {
            throw new ConflictWithHistory("account-closed", "the account of " + personId + " was closed on "
                    + closure.closedOn() + " (" + closure.reason() + "); it takes no further credits, payments or "
                    + "registrations");
        }
    }

    private WithdrawalReceipt repeatedWithdrawal(CashWithdrawn earlier, WithdrawCash command) {
        if (!earlier.amount().equals(command.amount()) || !earlier.occurredOn().equals(command.occurredOn())) {
            throw new ConflictWithHistory("withdrawal-id-reused", "withdrawal " + command.withdrawalId()
                    + " was already applied with amount " + earlier.amount() + " on " + earlier.occurredOn()
                    + "; the same id with a different body is refused");
        }
        return WithdrawalReceipt.of(earlier, true);
    }

    private String lowestNote(Money available, LocalDate day) {
        return available.equals(balances.withdrawable()) ? ""
                : " on " + day + " and every day after (it holds " + balances.withdrawable() + " today)";
    }

    private void checkCreditDates(YearMonth period, LocalDate allocationDate) {
        if (period.isBefore(YearMonth.from(openedOn))) {
            throw new RuleRefusal("period-before-opening", "period " + period
                    + " is before the account was opened on " + openedOn);
        }
        if (allocationDate.isBefore(period.atDay(1))) {
            throw new RuleRefusal("allocated-before-period", "a credit for " + period
                    + " cannot be allocated before the period starts; allocation date " + allocationDate);
        }
        AccountLife.checkOpenedBy(personId, openedOn, "the allocation of a credit", allocationDate);
    }

    /** The category of the month; a status that earns no credit is refused (000 Q14). */
    private Category categoryFor(YearMonth period) {
        return categories.categoryFor(period).orElseThrow(() -> new RuleRefusal("status-not-credited", personId
                + " is " + categories.statusFor(period) + " in " + period + ": that status earns no credit (000 Q14)"));
    }

    @EventSourcingHandler
    void on(AccountOpened event) {
        startHistory(event.personId(), event.region(), event.openedOn());
        categories = CreditCategories.opened(event.category(), event.openedOn(), event.retiredOn());
        category = event.category();
        birthDate = event.birthDate();
        retiredOn = event.retiredOn();
    }

    @EventSourcingHandler
    void on(ResidentMemberRecorded event) {
        startHistory(event.personId(), event.region(), event.recordedOn());
        resident = true;
    }

    private void startHistory(String personId, String region, LocalDate openedOn) {
        this.personId = personId;
        this.region = region;
        this.openedOn = openedOn;
        balances = Balances.EMPTY;
        creditsByPeriod = new HashMap<>();
        withdrawalsById = new HashMap<>();
        family = new FamilyTies();
        interest = new InterestTimeline();
        transfersById = new HashMap<>();
        reversals = new CreditReversals();
    }

    @EventSourcingHandler
    void on(LegacyBalanceMigrated event) {
        moved(event);
    }

    @EventSourcingHandler
    void on(RetirementRecorded event) {
        category = event.categoryAfter();
        retiredOn = event.retiredOn();
        categories.retired(event);
    }

    @EventSourcingHandler
    void on(InsuranceStatusChanged event) {
        event.statusAfter().creditedAs().ifPresent(working -> category = working);
        categories.changed(event);
    }

    @EventSourcingHandler
    void on(CreditCorrected event) {
        MonthlyCreditPosted credit = creditsByPeriod.remove(event.period());
        if (!event.after().isZero()) {
            creditsByPeriod.put(event.period(), new MonthlyCreditPosted(personId, credit.period(), event.after(),
                    credit.pot(), credit.allocationDate(), credit.backFilled(), event.basisAfter(),
                    credit.balanceAfter()));
        }
        moved(event);
    }

    @EventSourcingHandler
    void on(MonthlyCreditPosted event) {
        creditsByPeriod.put(event.period(), event);
        reversals.credited(event.period());
        moved(event);
    }

    @EventSourcingHandler
    void on(CreditReversed event) {
        creditsByPeriod.remove(event.period());
        reversals.reversed(event);
        moved(event);
    }

    @EventSourcingHandler
    void on(CashWithdrawn event) {
        withdrawalsById.put(event.withdrawalId(), event);
        moved(event);
    }

    @EventSourcingHandler
    void on(FamilyMemberRegistered event) {
        family.memberRegistered(event.memberId(), event.registeredOn());
    }

    @EventSourcingHandler
    void on(FamilyMemberRevoked event) {
        family.memberRevoked(event.memberId());
    }

    @EventSourcingHandler
    void on(RegisteredAsFamilyMember event) {
        family.registeredBy(event.holderId(), event.registeredOn(), event.fundingOrderAfter());
    }

    @EventSourcingHandler
    void on(FamilyRegistrationRevoked event) {
        family.revokedBy(event.holderId(), event.fundingOrderAfter());
    }

    @EventSourcingHandler
    void on(FundingOrderChanged event) {
        family.reorder(event.fundingOrderAfter());
    }

    @EventSourcingHandler
    void on(AccountDebited event) {
        moved(event);
    }

    @EventSourcingHandler
    void on(RefundCredited event) {
        moved(event);
    }

    @EventSourcingHandler
    void on(InterestPosted event) {
        moved(event);
        interest.paid(event, Quarter.containing(openedOn, event.quarterScheme()));
    }

    @EventSourcingHandler
    void on(InterestAdjusted event) {
        moved(event);
        interest.adjusted(event);
    }

    @EventSourcingHandler
    void on(CreditRecovered event) {
        moved(event);
    }

    @EventSourcingHandler
    void on(BalancePaidOut event) {
        moved(event);
    }

    @EventSourcingHandler
    void on(TransferredIn event) {
        transfersById.put(event.transferId(), event);
        moved(event);
    }

    @EventSourcingHandler
    void on(InheritanceCredited event) {
        moved(event);
    }

    @EventSourcingHandler
    void on(AccountClosed event) {
        closure = event;
    }

    private void moved(MoneyMovement movement) {
        balances = movement.balanceAfter();
        interest.record(movement);
    }
}
