package ledger.account;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import ledger.account.event.AccountClosed;
import ledger.account.event.AccountEvent;
import ledger.account.event.AccountOpened;
import ledger.account.event.CashWithdrawn;
import ledger.account.event.CreditCorrected;
import ledger.account.event.CreditReversed;
import ledger.account.event.FamilyMemberRegistered;
import ledger.account.event.FamilyMemberRevoked;
import ledger.account.event.FamilyRegistrationRevoked;
import ledger.account.event.FundingOrderChanged;
import ledger.account.event.InsuranceStatusChanged;
import ledger.account.event.InterestAdjusted;
import ledger.account.event.InterestPosted;
import ledger.account.event.MoneyMovement;
import ledger.account.event.MonthlyCreditPosted;
import ledger.account.event.RegisteredAsFamilyMember;
import ledger.account.event.ResidentMemberRecorded;
import ledger.account.event.RetirementRecorded;
import ledger.account.event.TransferredIn;
import ledger.interest.Quarter;
import ledger.lifecycle.AccountLife;
import ledger.money.Balances;
import ledger.policy.Category;

/**
 * What an account's history adds up to: only {@link #apply} changes it, one event at a time. The
 * aggregate's snapshot is this state, field by field, exactly as the aggregate's own fields were
 * stored before it moved here (snapshot revision 4).
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
final class AccountState {

    String personId;
    String region;
    Category category;
    LocalDate birthDate;
    LocalDate openedOn;
    LocalDate retiredOn;
    Balances balances;
    Map<YearMonth, MonthlyCreditPosted> creditsByPeriod;
    Map<String, CashWithdrawn> withdrawalsById;
    FamilyTies family;
    InterestTimeline interest;
    Map<String, TransferredIn> transfersById;
    AccountClosed closure;
    /** A member of the resident scheme: a funding order, no account of his own (domain-rules §5). */
    boolean resident;
    CreditCategories categories;
    CreditReversals reversals;

    void apply(AccountEvent event) {
        remember(event);
        if (event instanceof MoneyMovement movement) {
            balances = movement.balanceAfter();
            interest.record(movement);
        }
        if (event instanceof InterestPosted posted) {
            interest.paid(posted, Quarter.containing(openedOn, posted.quarterScheme()));
        } else if (event instanceof InterestAdjusted adjusted) {
            interest.adjusted(adjusted);
        }
    }

    void ensureHoldsAccount() {
        AccountLife.holdsAccount(personId, resident).enforce();
    }

    void ensureOpen() {
        AccountLife.open(personId, closure).enforce();
    }

    /** A change on the day: the account is open, was opened by then, and no interest is paid past it. */
    void ensureOpenOn(String change, LocalDate day) {
        ensureOpen();
        ensureOpenedBy(change, day);
        interest.openOn(day).enforce();
    }

    void ensureOpenedBy(String change, LocalDate day) {
        AccountLife.openedBy(personId, openedOn, change, day).enforce();
    }

    boolean isClosed() {
        return closure != null;
    }

    /** What a debit taking effect on the day may take from each pot: its lowest balance from then on. */
    Balances availableFrom(LocalDate day) {
        return interest.lowestFrom(day, balances);
    }

    private void remember(AccountEvent event) {
        if (event instanceof AccountOpened opened) {
            opened(opened);
        } else if (event instanceof ResidentMemberRecorded recorded) {
            startHistory(recorded.personId(), recorded.region(), recorded.recordedOn());
            resident = true;
        } else if (event instanceof RetirementRecorded retired) {
            category = retired.categoryAfter();
            retiredOn = retired.retiredOn();
            categories.retired(retired);
        } else if (event instanceof InsuranceStatusChanged changed) {
            changed.statusAfter().creditedAs().ifPresent(working -> category = working);
            categories.changed(changed);
        } else if (event instanceof AccountClosed closed) {
            closure = closed;
        } else {
            rememberCredit(event);
            rememberFamily(event);
        }
    }

    private void opened(AccountOpened event) {
        startHistory(event.personId(), event.region(), event.openedOn());
        categories = CreditCategories.opened(event.category(), event.openedOn(), event.retiredOn());
        category = event.category();
        birthDate = event.birthDate();
        retiredOn = event.retiredOn();
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

    private void rememberCredit(AccountEvent event) {
        if (event instanceof MonthlyCreditPosted posted) {
            creditsByPeriod.put(posted.period(), posted);
            reversals.credited(posted.period());
        } else if (event instanceof CreditCorrected corrected) {
            corrected(corrected);
        } else if (event instanceof CreditReversed reversed) {
            creditsByPeriod.remove(reversed.period());
            reversals.reversed(reversed);
        } else if (event instanceof CashWithdrawn withdrawn) {
            withdrawalsById.put(withdrawn.withdrawalId(), withdrawn);
        } else if (event instanceof TransferredIn transferred) {
            transfersById.put(transferred.transferId(), transferred);
        }
    }

    private void corrected(CreditCorrected event) {
        MonthlyCreditPosted credit = creditsByPeriod.remove(event.period());
        if (!event.after().isZero()) {
            creditsByPeriod.put(event.period(), new MonthlyCreditPosted(personId, credit.period(), event.after(),
                    credit.pot(), credit.allocationDate(), credit.backFilled(), event.basisAfter(),
                    credit.balanceAfter()));
        }
    }

    private void rememberFamily(AccountEvent event) {
        if (event instanceof FamilyMemberRegistered registered) {
            family.memberRegistered(registered.memberId(), registered.registeredOn());
        } else if (event instanceof FamilyMemberRevoked revoked) {
            family.memberRevoked(revoked.memberId());
        } else if (event instanceof RegisteredAsFamilyMember registered) {
            family.registeredBy(registered.holderId(), registered.registeredOn(), registered.fundingOrderAfter());
        } else if (event instanceof FamilyRegistrationRevoked revoked) {
            family.revokedBy(revoked.holderId(), revoked.fundingOrderAfter());
        } else if (event instanceof FundingOrderChanged changed) {
            family.reorder(changed.fundingOrderAfter());
        }
    }
}
