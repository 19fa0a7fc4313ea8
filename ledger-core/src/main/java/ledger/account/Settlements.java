package ledger.account;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ledger.money.Balances;
import ledger.money.Money;
import ledger.payment.Payment;
import ledger.payment.command.RefundPayment;
import ledger.payment.command.SettlePayment;
import ledger.payment.receipt.PaymentReceipt;
import ledger.payment.receipt.RefundReceipt;
import ledger.payment.value.Allocation;
import ledger.payment.value.ForwardedShare;
import ledger.payment.value.PaymentTerms;
import ledger.policy.FamilyAidPolicy;
import ledger.policy.PolicyCatalog;
import ledger.policy.RegionPolicy;
import ledger.refunding.RefundSplit;
import ledger.refusal.NotFound;
import ledger.settling.FamilyFundingLookup;
import ledger.settling.FundingOrderMoved;
import ledger.settling.FundingPlan;
import ledger.settling.PaymentPurposeRule;
import ledger.settling.PaymentRule;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

/**
 * Settles payments and refunds across the accounts involved (domain-rules §4–§6). One unit of work
 * locks every account in id order, debits or credits them and records the payment: all or nothing.
 */
public class Settlements {

    private final Repository<PersonalAccount> accounts;
    private final Repository<Payment> payments;
    private final PolicyCatalog policies;
    private final FamilyFundingLookup familyFunding;

    public Settlements(Repository<PersonalAccount> accounts, Repository<Payment> payments, PolicyCatalog policies,
                       FamilyFundingLookup familyFunding) {
        this.accounts = accounts;
        this.payments = payments;
        this.policies = policies;
        this.familyFunding = familyFunding;
    }

    @CommandHandler
    public PaymentReceipt handle(SettlePayment command) throws Exception {
        Optional<Aggregate<Payment>> earlier = find(command.paymentId());
        if (earlier.isPresent()) {
            return earlier.get().invoke(payment -> payment.repeat(command.terms()));
        }
        PaymentTerms terms = command.terms();
        PaymentRule.aboveZero(terms).enforce();
        Map<String, Aggregate<PersonalAccount>> locked = lockAccounts(terms);
        Aggregate<PersonalAccount> payer = locked.get(terms.personId());
        payer.execute(account -> account.state().ensureOpen());
        RegionPolicy region = policies.region(payer.invoke(account -> account.state().region));
        LocalDate day = terms.occurredAt().atZoneSameInstant(region.timeZone()).toLocalDate();
        payer.execute(account -> account.state().ensureOpenedBy("a payment", day));
        PaymentPurposeRule.allowedOn(region, terms.purpose(), day).enforce();
        checkBeneficiary(payer, terms, day, region);
        List<String> order = fundingOrder(payer, terms, day, region.familyAid(), locked.keySet());
        List<Allocation> allocations = FundingPlan.draw(sources(order, locked, day), terms.amount());
        debit(locked, command.paymentId(), terms, day, allocations);
        Balances payerBalanceAfter = payer.invoke(PersonalAccount::balances);
        return payments.newInstance(() -> new Payment(command.paymentId(), terms, allocations, payerBalanceAfter))
                .invoke(Payment::receipt);
    }

    @CommandHandler
    public RefundReceipt handle(RefundPayment command) {
        Aggregate<Payment> payment = find(command.paymentId()).orElseThrow(() -> new NotFound("unknown-payment",
                "no payment " + command.paymentId() + " was settled"));
        Optional<RefundReceipt> earlier = payment.invoke(p -> p.repeatedRefund(command.refundId(), command.kind(),
                command.amount()));
        if (earlier.isPresent()) {
            return earlier.get();
        }
        RefundSplit split = payment.invoke(p -> p.planRefund(command.amount()));
        Map<String, Aggregate<PersonalAccount>> locked = AccountsInLockOrder.load(accounts,
                split.accounts().stream().map(Allocation::accountId).toList());
        List<ForwardedShare> forwarded = new ArrayList<>();
        for (Allocation share : split.accounts()) {
            Aggregate<PersonalAccount> account = locked.get(share.accountId());
            if (account.invoke(a -> a.state().isClosed())) {
                String payee = account.invoke(a -> a.forwardRefund(command.paymentId(), command.refundId(),
                        share.pot(), share.amount(), command.refundedOn()));
                forwarded.add(new ForwardedShare(share.accountId(), share.pot(), share.amount(), payee));
            } else {
                account.execute(a -> a.creditRefund(command.paymentId(), command.refundId(), command.kind(),
                        share.pot(), share.amount(), command.refundedOn()));
            }
        }
        return payment.invoke(p -> p.recordRefund(command.refundId(), command.kind(), command.amount(), split,
                forwarded, command.refundedOn()));
    }

    private Optional<Aggregate<Payment>> find(String paymentId) {
        try {
            return Optional.of(payments.load(Payment.streamId(paymentId)));
        } catch (AggregateNotFoundException e) {
            return Optional.empty();
        }
    }

    private Map<String, Aggregate<PersonalAccount>> lockAccounts(PaymentTerms terms) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(terms.personId());
        if (terms.useFamilyAccounts()) {
            ids.addAll(familyFunding.familyAccountsOf(terms.personId()));
        }
        return AccountsInLockOrder.load(accounts, ids);
    }

    /**
     * A premium for a family member is family use: from the region's start date, for a registered member.
     * So is a bill of a member who pays with the holder's credential where the region allows it (Yuxi,
     * 002 玉 第十九条): the holder's account pays, the patient the rest (domain-rules §5).
     */
    private static void checkBeneficiary(Aggregate<PersonalAccount> payer, PaymentTerms terms, LocalDate day,
                                         RegionPolicy region) {
        String beneficiary = terms.beneficiary();
        if (beneficiary.equals(terms.personId())) {
            return;
        }
        if (!terms.purpose().isPremium()) {
            PaymentRule.paysWithHoldersCredential(terms, region).enforce();
        }
        PaymentRule.familyUseStarted(day, region.familyAid()).enforce();
        PaymentRule.beneficiaryRegistered(terms, payer.invoke(account -> account.state().family
                .hasMemberOn(beneficiary, day))).enforce();
    }

    /**
     * Own account first, then the family accounts in force on the payment's date, in funding order. A
     * hospital cannot know who registered whom, so asking for family accounts when nobody registered the
     * payer pays the own account and then cash (domain-rules §5, issue 13 item 11).
     */
    private static List<String> fundingOrder(Aggregate<PersonalAccount> payer, PaymentTerms terms, LocalDate day,
                                             FamilyAidPolicy familyAid, Set<String> locked) {
        List<String> order = new ArrayList<>(List.of(terms.personId()));
        List<String> family = terms.useFamilyAccounts()
                ? payer.invoke(account -> account.state().family.fundingOrderOn(day)) : List.of();
        if (!family.isEmpty()) {
            PaymentRule.familyUseStarted(day, familyAid).enforce();
            if (!locked.containsAll(family)) {
                throw new FundingOrderMoved(terms.personId());
            }
            order.addAll(family);
        }
        return order;
    }

    /**
     * What each account may pay on the payment's day without leaving a later day negative; a closed
     * family account pays nothing and is passed over.
     */
    private static List<FundingPlan.Source> sources(List<String> order, Map<String, Aggregate<PersonalAccount>> locked,
                                                    LocalDate day) {
        return order.stream()
                .map(id -> new FundingPlan.Source(id, locked.get(id).invoke(
                        account -> account.state().isClosed() ? Balances.EMPTY : account.state().availableFrom(day))))
                .toList();
    }

    private static void debit(Map<String, Aggregate<PersonalAccount>> locked, String paymentId, PaymentTerms terms,
                              LocalDate day, List<Allocation> allocations) {
        PaymentRule.coveredInFull(terms, sum(allocations)).enforce();
        PaymentShare share = new PaymentShare(paymentId, terms.personId(), terms.beneficiary(),
                terms.purpose(), terms.institutionId(), terms.occurredAt(), day);
        allocations.forEach(allocation -> locked.get(allocation.accountId())
                .execute(account -> account.debit(share, allocation.pot(), allocation.amount())));
    }

    private static Money sum(List<Allocation> allocations) {
        return allocations.stream().map(Allocation::amount).reduce(Money.ZERO, Money::plus);
    }
}
