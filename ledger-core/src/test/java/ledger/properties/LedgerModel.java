package ledger.properties;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ledger.account.command.CloseAccount;
import ledger.account.command.OpenAccount;
import ledger.account.command.PostInterest;
import ledger.account.command.PostMonthlyCredit;
import ledger.account.command.RegisterFamilyMember;
import ledger.account.command.RevokeFamilyMember;
import ledger.account.command.WithdrawCash;
import ledger.interest.Quarter;
import ledger.money.Pot;
import ledger.payment.command.RefundPayment;
import ledger.payment.command.SettlePayment;
import ledger.payment.value.PaymentTerms;
import ledger.policy.Category;
import ledger.policy.PolicyCatalog;

/**
 * A small reference model of the ledger's money rules (domain-rules §1–§8 and §10a as built), written
 * without the aggregates: it says whether a command must be refused, repeated or applied, and what
 * every pot holds afterwards. Only the figures a bureau sets (cutovers, credit amounts, interest rates,
 * family-aid dates) are read from the shipped policies; every rule is stated here again.
 */
final class LedgerModel {

    enum Expectation {
        /** The ledger must refuse it and change nothing. */
        REFUSED,
        /** Same id, same body: the earlier answer, nothing new recorded. */
        REPEATED,
        APPLIED
    }

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Pot[] DRAW_ORDER = {Pot.EARMARKED, Pot.WITHDRAWABLE};
    private static final BigDecimal ACTIVE_RATE = new BigDecimal("0.02");
    /** The largest amount a request may carry: 9,999,999.99 (a 400 before anything is read). */
    private static final long AMOUNT_MAX_FEN = 999_999_999L;
    /** The largest balance an account may hold, both pots together: 9,999,999.99. */
    private static final long BALANCE_MAX_FEN = 999_999_999L;

    private final PolicyCatalog policies;
    private final Map<String, ModelAccount> accounts = new LinkedHashMap<>();
    private final Map<String, ModelPayment> payments = new LinkedHashMap<>();

    LedgerModel(PolicyCatalog policies) {
        this.policies = policies;
    }

    Collection<ModelAccount> accounts() {
        return accounts.values();
    }

    Optional<ModelAccount> account(String id) {
        return Optional.ofNullable(accounts.get(id));
    }

    Optional<ModelPayment> payment(String id) {
        return Optional.ofNullable(payments.get(id));
    }

    /** The ids of the payments settled so far, in the order they were settled. */
    List<String> paymentIds() {
        return List.copyOf(payments.keySet());
    }

    Expectation expect(Object command) {
        try {
            return decide(command);
        } catch (Refused refused) {
            return Expectation.REFUSED;
        }
    }

    private Expectation decide(Object command) {
        if (command instanceof RefusedRequest request) {
            return tooLarge(request);
        } else if (command instanceof OpenAccount open) {
            return opening(open);
        } else if (command instanceof PostMonthlyCredit credit) {
            return credit(credit);
        } else if (command instanceof WithdrawCash withdrawal) {
            return withdraw(withdrawal);
        } else if (command instanceof SettlePayment payment) {
            return pay(payment);
        } else if (command instanceof RefundPayment refund) {
            return refund(refund);
        } else if (command instanceof RegisterFamilyMember registration) {
            return register(registration);
        } else if (command instanceof RevokeFamilyMember revocation) {
            return revoke(revocation);
        } else if (command instanceof PostInterest interest) {
            return interest(interest);
        } else if (command instanceof CloseAccount closure) {
            return close(closure);
        }
        throw new IllegalArgumentException("the model does not know " + command);
    }

    /** The core would not build the command; right only if one of its amounts is above the maximum. */
    private static Expectation tooLarge(RefusedRequest request) {
        refuseIf(request.amounts().stream().anyMatch(amount -> amount != null && amount.fen() > AMOUNT_MAX_FEN));
        return Expectation.APPLIED;
    }

    private Expectation opening(OpenAccount command) {
        refuseIf(accounts.containsKey(command.personId()));
        accounts.put(command.personId(), new ModelAccount(command));
        return Expectation.APPLIED;
    }

    private Expectation credit(PostMonthlyCredit command) {
        ModelAccount account = notClosed(command.personId());
        YearMonth period = command.period();
        refuseIf(account.creditedPeriods.contains(period));
        refuseIf(command.creditingRegion() != null && !command.creditingRegion().equals(account.region));
        refuseIf(period.isBefore(YearMonth.from(account.openedOn)));
        refuseIf(command.allocationDate().isBefore(period.atDay(1)));
        refuseIf(command.allocationDate().isBefore(account.openedOn));
        refuseIf(account.settledOn(command.allocationDate()));
        long fen = creditFen(account, command);
        refuseIf(aboveBalanceMax(account, fen));
        Pot pot = command.allocationDate().isBefore(policies.region(account.region).reformCutover())
                ? Pot.WITHDRAWABLE : Pot.EARMARKED;
        account.creditedPeriods.add(period);
        account.change(command.allocationDate(), pot, fen);
        return Expectation.APPLIED;
    }

    /** Employees: 2% of the contribution base; retirees: the region's fixed amount for the age band. */
    private long creditFen(ModelAccount account, PostMonthlyCredit command) {
        if (account.category == Category.EMPLOYEE) {
            refuseIf(command.contributionBase() == null || command.contributionBase().isZero());
            return BigDecimal.valueOf(command.contributionBase().fen()).multiply(ACTIVE_RATE)
                    .setScale(0, RoundingMode.HALF_UP).longValueExact();
        }
        int age = (int) YearMonth.from(account.birthDate).until(command.period(), ChronoUnit.YEARS);
        return switch (account.region) {
            case "BEIJING" -> age >= 70 ? 110_00 : 100_00;
            case "SHANGHAI" -> age >= 75 ? 157_50 : 140_00;
            case "WUHAN" -> 83_00;
            default -> throw new IllegalArgumentException("the model credits no retiree of " + account.region);
        };
    }

    private Expectation withdraw(WithdrawCash command) {
        ModelAccount account = known(command.personId());
        ModelAccount.Withdrawal earlier = account.withdrawals.get(command.withdrawalId());
        if (earlier != null) {
            refuseIf(earlier.fen() != command.amount().fen() || !earlier.on().equals(command.occurredOn()));
            return Expectation.REPEATED;
        }
        refuseIf(account.closed);
        refuseIf(!policies.region(account.region).use().cashWithdrawal().allowed());
        refuseIf(command.amount().isZero());
        refuseIf(command.occurredOn().isBefore(account.openedOn));
        refuseIf(account.settledOn(command.occurredOn()));
        refuseIf(command.amount().fen() > account.availableFrom(command.occurredOn(), Pot.WITHDRAWABLE));
        account.withdrawals.put(command.withdrawalId(),
                new ModelAccount.Withdrawal(command.amount().fen(), command.occurredOn()));
        account.change(command.occurredOn(), Pot.WITHDRAWABLE, -command.amount().fen());
        return Expectation.APPLIED;
    }

    private Expectation pay(SettlePayment command) {
        ModelPayment earlier = payments.get(command.paymentId());
        if (earlier != null) {
            refuseIf(!earlier.terms.equals(command.terms()));
            return Expectation.REPEATED;
        }
        PaymentTerms terms = command.terms();
        refuseIf(terms.amount().isZero());
        ModelAccount payer = notClosed(terms.personId());
        LocalDate day = paymentDay(terms);
        refuseIf(day.isBefore(payer.openedOn));
        refuseIf(!purposeAllowed(payer.region, terms.purpose().name(), day));
        List<ModelAccount> sources = new ArrayList<>(List.of(payer));
        List<String> family = terms.useFamilyAccounts() ? payer.familyAccountsOn(day) : List.of();
        if (!family.isEmpty()) {
            refuseIf(day.isBefore(policies.region(payer.region).familyAid().useFrom()));
            family.forEach(holder -> sources.add(accounts.get(holder)));
        }
        List<ModelPayment.Share> shares = draw(sources, day, terms.amount().fen());
        long accountPaid = shares.stream().mapToLong(ModelPayment.Share::fen).sum();
        refuseIf(terms.purpose().mustBeCoveredInFull() && accountPaid < terms.amount().fen());
        refuseIf(shares.stream().anyMatch(share -> accounts.get(share.accountId()).settledOn(day)));
        shares.forEach(share -> accounts.get(share.accountId()).change(day, share.pot(), -share.fen()));
        payments.put(command.paymentId(), new ModelPayment(terms, terms.amount().fen() - accountPaid, shares));
        return Expectation.APPLIED;
    }

    /** The day a payment takes effect: its instant's date in China, whatever offset it was sent with. */
    static LocalDate paymentDay(PaymentTerms terms) {
        return terms.occurredAt().atZoneSameInstant(CHINA).toLocalDate();
    }

    /**
     * A withdrawal or payment dated before a change already recorded on the account it names: the
     * case the backdated-debit rule is for.
     */
    boolean isBackdatedDebit(Object command) {
        String personId;
        LocalDate day;
        if (command instanceof WithdrawCash withdrawal) {
            personId = withdrawal.personId();
            day = withdrawal.occurredOn();
        } else if (command instanceof SettlePayment payment) {
            personId = payment.terms().personId();
            day = paymentDay(payment.terms());
        } else {
            return false;
        }
        return account(personId).stream().flatMap(account -> account.changes.stream())
                .anyMatch(change -> change.on().isAfter(day));
    }

    /**
     * Own account first, then family accounts in order; earmarked before withdrawable; closed ones pay
     * nothing; each pot gives at most what it holds on the payment's day and every day after.
     */
    private static List<ModelPayment.Share> draw(List<ModelAccount> sources, LocalDate day, long billFen) {
        List<ModelPayment.Share> shares = new ArrayList<>();
        long left = billFen;
        for (ModelAccount source : sources) {
            for (Pot pot : DRAW_ORDER) {
                long share = source.closed ? 0 : Math.min(left, source.availableFrom(day, pot));
                if (share > 0) {
                    shares.add(new ModelPayment.Share(source.id, pot, share));
                    left -= share;
                }
            }
        }
        return shares;
    }

    private Expectation refund(RefundPayment command) {
        ModelPayment payment = payments.get(command.paymentId());
        refuseIf(payment == null);
        ModelPayment.Refund earlier = payment.refunds.get(command.refundId());
        if (earlier != null) {
            refuseIf(earlier.kind() != command.kind() || earlier.fen() != command.amount().fen());
            return Expectation.REPEATED;
        }
        long fen = command.amount().fen();
        refuseIf(fen == 0 || fen > payment.leftFen());
        List<ModelPayment.Share> returned = payment.split(fen);
        List<ModelAccount> credited = returned.stream().map(share -> accounts.get(share.accountId()))
                .filter(account -> !account.closed).toList();
        refuseIf(credited.stream().anyMatch(account -> account.settledOn(command.refundedOn())
                || command.refundedOn().isBefore(account.openedOn)));
        refuseIf(credited.stream().distinct().anyMatch(account -> aboveBalanceMax(account, returned.stream()
                .filter(share -> share.accountId().equals(account.id)).mapToLong(ModelPayment.Share::fen).sum())));
        payment.refunded(command.refundId(), command.kind(), fen, returned);
        for (ModelPayment.Share share : returned) {
            ModelAccount account = accounts.get(share.accountId());
            if (!account.closed) {
                account.change(command.refundedOn(), share.pot(), share.fen());
            }
        }
        return Expectation.APPLIED;
    }

    private Expectation register(RegisterFamilyMember command) {
        ModelAccount holder = known(command.holderId());
        ModelAccount member = known(command.memberId());
        refuseIf(holder == member);
        refuseIf(holder.closed);
        refuseIf(!holder.region.equals(member.region));
        refuseIf(command.registeredOn().isBefore(policies.region(holder.region).familyAid().registrationFrom()));
        refuseIf(command.registeredOn().isBefore(holder.openedOn) || command.registeredOn().isBefore(member.openedOn));
        refuseIf(holder.members.containsKey(member.id));
        refuseIf(member.closed);
        holder.members.put(member.id, command.registeredOn());
        member.registrants.put(holder.id, command.registeredOn());
        return Expectation.APPLIED;
    }

    /** A revocation is allowed on closed accounts too: it only ends a tie. */
    private Expectation revoke(RevokeFamilyMember command) {
        ModelAccount holder = known(command.holderId());
        ModelAccount member = known(command.memberId());
        refuseIf(!holder.members.containsKey(member.id));
        holder.members.remove(member.id);
        member.registrants.remove(holder.id);
        return Expectation.APPLIED;
    }

    /**
     * A quarter is paid once after its interest day; a missed one posted after a later quarter is paid
     * too, and each later paid quarter is recomputed with it and adjusted by the difference (code 110).
     */
    private Expectation interest(PostInterest command) {
        ModelAccount account = notClosed(command.personId());
        Quarter quarter = command.quarter();
        LocalDate interestDay = bankInterestDay(quarter);
        refuseIf(interestDay.isBefore(account.openedOn));
        refuseIf(account.paidQuarters.containsKey(quarter));
        refuseIf(!command.today().isAfter(interestDay));
        boolean missed = account.settledThrough != null && interestDay.isBefore(account.settledThrough);
        refuseIf(!missed && account.settledOn(interestDay.plusDays(1)));
        long[] fen = quarterInterest(account, quarter);
        ModelAccount trial = account.copyOfChanges();
        trial.change(interestDay.plusDays(1), fen);
        long adjustments = adjustLaterQuarters(trial, quarter, account.paidQuarters, false);
        refuseIf(aboveBalanceMax(account, fen[0] + fen[1] + adjustments));
        account.change(interestDay.plusDays(1), fen);
        account.paidQuarters.put(quarter, fen);
        adjustLaterQuarters(account, quarter, account.paidQuarters, true);
        if (!missed) {
            account.settledThrough = interestDay;
        }
        return Expectation.APPLIED;
    }

    /** Recomputes the paid quarters after {@code quarter} on the account's changes, adding each difference. */
    private long adjustLaterQuarters(ModelAccount account, Quarter quarter, Map<Quarter, long[]> paid, boolean keep) {
        long sum = 0;
        for (Quarter later : paid.keySet().stream().filter(q -> q.compareTo(quarter) > 0).sorted().toList()) {
            long[] recomputed = quarterInterest(account, later);
            long[] difference = {recomputed[0] - paid.get(later)[0], recomputed[1] - paid.get(later)[1]};
            account.change(bankInterestDay(later).plusDays(1), difference);
            sum += difference[0] + difference[1];
            if (keep) {
                paid.put(later, recomputed);
            }
        }
        return sum;
    }

    private long[] quarterInterest(ModelAccount account, Quarter quarter) {
        LocalDate interestDay = bankInterestDay(quarter);
        LocalDate first = bankInterestDay(quarter.previous()).plusDays(1);
        BigDecimal rate = policies.region(account.region).interest().rateOn(interestDay).annualRate();
        long[] fen = new long[Pot.values().length];
        for (Pot pot : Pot.values()) {
            fen[pot.ordinal()] = interestFen(account, pot, first, interestDay, rate);
        }
        return fen;
    }

    /** The 20th of the quarter's last month (银发〔2005〕129号); every shipped region uses bank quarters. */
    private static LocalDate bankInterestDay(Quarter quarter) {
        return YearMonth.of(quarter.year(), quarter.number() * 3).atDay(20);
    }

    /** 积数: Σ of the end-of-day balances of the quarter's days, times the rate, ÷ 360, half-up once. */
    private static long interestFen(ModelAccount account, Pot pot, LocalDate first, LocalDate last, BigDecimal rate) {
        long fenDays = 0;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            LocalDate endOfDay = day;
            fenDays += account.changes.stream().filter(c -> c.pot() == pot && !c.on().isAfter(endOfDay))
                    .mapToLong(ModelAccount.DatedChange::signedFen).sum();
        }
        return BigDecimal.valueOf(fenDays).multiply(rate).divide(BigDecimal.valueOf(360), 0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    /**
     * Liquidation recovers over-credits and pays out the rest: either way the pots end at zero. A
     * regional reason only where the region's policy lists it.
     */
    private Expectation close(CloseAccount command) {
        ModelAccount account = notClosed(command.personId());
        refuseIf(command.reason().isRegional()
                && policies.region(account.region).closureRule(command.reason().name()).isEmpty());
        refuseIf(command.effectiveOn().isBefore(account.openedOn));
        refuseIf(command.effectiveOn().isAfter(command.closedOn()));
        refuseIf(account.settledOn(command.closedOn()));
        refuseIf(account.availableFrom(command.closedOn(), Pot.WITHDRAWABLE) < account.withdrawableFen
                || account.availableFrom(command.closedOn(), Pot.EARMARKED) < account.earmarkedFen);
        account.change(command.closedOn(), Pot.WITHDRAWABLE, -account.withdrawableFen);
        account.change(command.closedOn(), Pot.EARMARKED, -account.earmarkedFen);
        account.closed = true;
        return Expectation.APPLIED;
    }

    private static boolean aboveBalanceMax(ModelAccount account, long addedFen) {
        return account.withdrawableFen + account.earmarkedFen + addedFen > BALANCE_MAX_FEN;
    }

    private ModelAccount known(String id) {
        ModelAccount account = accounts.get(id);
        refuseIf(account == null);
        return account;
    }

    private ModelAccount notClosed(String id) {
        ModelAccount account = known(id);
        refuseIf(account.closed);
        return account;
    }

    /** The region lists the purpose as allowed, and its first day (if any) is not after the payment's. */
    private boolean purposeAllowed(String region, String purpose, LocalDate day) {
        return policies.region(region).use().ruleFor(purpose)
                .filter(rule -> rule.allowed() && (rule.from() == null || !day.isBefore(rule.from())))
                .isPresent();
    }

    private static void refuseIf(boolean refused) {
        if (refused) {
            throw new Refused();
        }
    }

    /** Thrown before the model changes anything, so a refused command leaves it as it was. */
    private static final class Refused extends RuntimeException {
        Refused() {
            super(null, null, false, false);
        }
    }
}
