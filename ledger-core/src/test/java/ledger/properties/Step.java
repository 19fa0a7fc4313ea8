package ledger.properties;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import ledger.account.command.CloseAccount;
import ledger.account.command.PostInterest;
import ledger.account.command.PostMonthlyCredit;
import ledger.account.command.RegisterFamilyMember;
import ledger.account.command.RevokeFamilyMember;
import ledger.account.command.WithdrawCash;
import ledger.account.value.ClosureReason;
import ledger.account.value.PaymentPurpose;
import ledger.account.value.RefundKind;
import ledger.account.value.Relation;
import ledger.interest.Quarter;
import ledger.money.Money;
import ledger.payment.command.RefundPayment;
import ledger.payment.command.SettlePayment;
import ledger.payment.value.Channel;
import ledger.payment.value.PaymentTerms;

/**
 * One generated step of a sequence, before it meets the ledger: people by index (one past the last is
 * a person without an account), days counted back from the sequence's business day, ids from small
 * pools so that ids repeat with other bodies. {@link #command} resolves it into a real command.
 */
sealed interface Step {

    /** The command to send, or empty for a step that only lets time pass. */
    Optional<Object> command(Scene scene);

    /** The business day moves on. */
    record Wait(int days) implements Step {
        @Override
        public Optional<Object> command(Scene scene) {
            scene.today = scene.today.plusDays(days);
            return Optional.empty();
        }
    }

    /**
     * A month's credit allocated today (or {@code allocatedDaysAgo}), for the month {@code monthsBack}
     * before today's (negative: a future month); {@code ownRegion} false names another region's run.
     */
    record Credit(int person, int monthsBack, int allocatedDaysAgo, Money contributionBase,
                  Boolean ownRegion) implements Step {
        @Override
        public Optional<Object> command(Scene scene) {
            YearMonth period = YearMonth.from(scene.today).minusMonths(monthsBack);
            String region = ownRegion == null ? null
                    : ownRegion ? scene.region(person) : scene.region(person).equals("WUHAN") ? "BEIJING" : "WUHAN";
            return Optional.of(RefusedRequest.orCommand(() -> new PostMonthlyCredit(scene.person(person), period,
                    contributionBase, scene.daysAgo(allocatedDaysAgo), region), contributionBase));
        }
    }

    /** A withdrawal dated {@code daysAgo} back: a backdated one may take only what every later day holds. */
    record Withdraw(int person, int withdrawal, Money amount, int daysAgo) implements Step {
        @Override
        public Optional<Object> command(Scene scene) {
            return Optional.of(RefusedRequest.orCommand(() -> new WithdrawCash(scene.person(person), "W-" + withdrawal,
                    amount, scene.daysAgo(daysAgo)), amount));
        }
    }

    /**
     * A settlement; with family accounts, by the {@code person}-th registered family member if there is
     * one, for a bill beyond what the member's own account holds by {@code amount}, so that the
     * family's accounts pay. {@code lateEveningUtc} sends the instant in UTC, on the day before China's.
     */
    record Pay(int person, int payment, Money amount, PaymentPurpose purpose, boolean useFamilyAccounts,
               int daysAgo, boolean lateEveningUtc) implements Step {
        @Override
        public Optional<Object> command(Scene scene) {
            String payer = useFamilyAccounts ? scene.familyMember(person) : scene.person(person);
            LocalDate day = scene.daysAgo(daysAgo);
            OffsetDateTime at = lateEveningUtc
                    ? OffsetDateTime.of(day.minusDays(1), LocalTime.of(20, 15), ZoneOffset.UTC)
                    : OffsetDateTime.of(day, LocalTime.of(10, 0), ZoneOffset.ofHours(8));
            Money bill = useFamilyAccounts && !amount.isZero() ? amount.plus(scene.ownBalance(payer)) : amount;
            return Optional.of(RefusedRequest.orCommand(() -> new SettlePayment("P-" + payment, new PaymentTerms(payer,
                    bill, at, "H11010800001", purpose, null, Channel.E_VOUCHER, useFamilyAccounts)), bill));
        }
    }

    /**
     * A refund or reimbursement of the {@code payment}-th payment settled so far (past the last: of a
     * payment never settled); {@code amount} empty asks for everything the model says is left.
     */
    record Refund(int payment, int refund, RefundKind kind, Optional<Money> amount, int daysAgo) implements Step {
        @Override
        public Optional<Object> command(Scene scene) {
            List<String> settled = scene.model.paymentIds();
            String paymentId = payment < settled.size() ? settled.get(payment) : "P-never-" + payment;
            Money asked = amount.orElseGet(() -> Money.ofFen(
                    scene.model.payment(paymentId).map(ModelPayment::leftFen).orElse(1L)));
            return Optional.of(RefusedRequest.orCommand(() -> new RefundPayment(paymentId, "R-" + refund, kind, asked,
                    scene.daysAgo(daysAgo)), asked));
        }
    }

    record Register(int holder, int member, Relation relation, int daysAgo) implements Step {
        @Override
        public Optional<Object> command(Scene scene) {
            return Optional.of(new RegisterFamilyMember(scene.person(holder), scene.person(member), relation,
                    scene.daysAgo(daysAgo)));
        }
    }

    /** Ends the {@code holder}-th registration in force, if there is one; else holder and member by index. */
    record Revoke(int holder, int member, int daysAgo) implements Step {
        @Override
        public Optional<Object> command(Scene scene) {
            List<List<String>> ties = scene.registrations();
            List<String> tie = holder < ties.size() ? ties.get(holder)
                    : List.of(scene.person(holder), scene.person(member));
            return Optional.of(new RevokeFamilyMember(tie.get(0), tie.get(1), scene.daysAgo(daysAgo)));
        }
    }

    /** Interest for the quarter {@code quartersBack} before the one today falls in (0: not yet ended). */
    record Interest(int person, int quartersBack) implements Step {
        @Override
        public Optional<Object> command(Scene scene) {
            YearMonth lastMonth = YearMonth.from(scene.today).plusMonths((3 - scene.today.getMonthValue() % 3) % 3);
            Quarter current = new Quarter(lastMonth.getYear(), lastMonth.getMonthValue() / 3);
            if (scene.today.isAfter(lastMonth.atDay(20))) {
                current = current.number() == 4 ? new Quarter(current.year() + 1, 1)
                        : new Quarter(current.year(), current.number() + 1);
            }
            Quarter quarter = current;
            for (int i = 0; i < quartersBack; i++) {
                quarter = quarter.previous();
            }
            return Optional.of(new PostInterest(scene.person(person), quarter, scene.today));
        }
    }

    record Close(int person, ClosureReason reason, int effectiveDaysAgo, int closedDaysAgo) implements Step {
        @Override
        public Optional<Object> command(Scene scene) {
            LocalDate closedOn = scene.daysAgo(closedDaysAgo);
            return Optional.of(new CloseAccount(scene.person(person), reason, scene.daysAgo(effectiveDaysAgo), null,
                    closedOn));
        }
    }

    /**
     * A client's retry: the command sent {@code back} commands ago, accepted or refused, sent again
     * unchanged (a refused withdrawal retried once money has arrived is a debit dated before that money).
     */
    record Resend(int back) implements Step {
        @Override
        public Optional<Object> command(Scene scene) {
            return scene.sent.isEmpty() ? Optional.empty()
                    : Optional.of(scene.sent.get(Math.max(0, scene.sent.size() - 1 - back)));
        }
    }
}
