package ledger.app.batch;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ledger.app.eventstore.PrefetchingEventStorageEngine;
import ledger.money.Money;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Credits the accounts of a chunk a few hundred at a time in one unit of work, each by its own command
 * to its aggregate: their streams are read in two statements beforehand and their events appended in
 * one JDBC batch when the unit of work commits (docs/benchmarks.md). If one of them received an event
 * from elsewhere meanwhile (a payment), the append fails as a whole and those accounts are credited
 * again one by one, each loading its stream afresh; an account still refuses a second credit.
 */
@Component
class ChunkCredits {

    private static final Logger log = LoggerFactory.getLogger(ChunkCredits.class);
    /**
     * Axon looks through the events staged in a unit of work each time it loads an aggregate, so the
     * cost of a load grows with the unit of work; a chunk is credited in units of this many accounts.
     */
    private static final int ACCOUNTS_PER_UNIT_OF_WORK = 200;
    /**
     * A unit of work keeps every account it loaded locked until it ends. Taking them in ascending id
     * order, as payments do ({@code AccountsInLockOrder}), means neither can wait on the other in a cycle.
     */
    private static final Comparator<Credit> IN_LOCK_ORDER = Comparator.comparing(Credit::personId);

    /**
     * One account to credit: the roster line it came from (0 for retirees), the base (none for
     * retirees) and the period, the run's own or an earlier one collected late (补缴, 000 Q16).
     */
    record Credit(long line, String personId, Money contributionBase, YearMonth period) {
    }

    private final CommandGateway commands;
    private final PrefetchingEventStorageEngine eventStorage;
    private final TransactionManager transactions;

    ChunkCredits(CommandGateway commands, PrefetchingEventStorageEngine eventStorage, TransactionManager transactions) {
        this.commands = commands;
        this.eventStorage = eventStorage;
        this.transactions = transactions;
    }

    /**
     * Credits each account at most once per round: an account with lines for several periods (a month
     * collected late and the run's own) is credited in as many rounds, one period per round.
     */
    List<CreditOutcome> credit(List<Credit> credits, StepExecution step, MonthlyCreditParameters run) {
        List<CreditOutcome> outcomes = new ArrayList<>();
        for (List<Credit> round : rounds(credits)) {
            outcomes.addAll(creditOnce(round, step, run));
        }
        return outcomes;
    }

    private static List<List<Credit>> rounds(List<Credit> credits) {
        List<List<Credit>> rounds = new ArrayList<>();
        List<Set<String>> accountsOfRound = new ArrayList<>();
        for (Credit credit : credits) {
            int round = 0;
            while (round < rounds.size() && accountsOfRound.get(round).contains(credit.personId())) {
                round++;
            }
            if (round == rounds.size()) {
                rounds.add(new ArrayList<>());
                accountsOfRound.add(new HashSet<>());
            }
            rounds.get(round).add(credit);
            accountsOfRound.get(round).add(credit.personId());
        }
        return rounds;
    }

    private List<CreditOutcome> creditOnce(List<Credit> credits, StepExecution step, MonthlyCreditParameters run) {
        List<String> accounts = credits.stream().map(Credit::personId).toList();
        List<CreditOutcome> outcomes = new ArrayList<>();
        for (int from = 0; from < credits.size(); from += ACCOUNTS_PER_UNIT_OF_WORK) {
            int to = Math.min(credits.size(), from + ACCOUNTS_PER_UNIT_OF_WORK);
            outcomes.addAll(creditTogether(credits.subList(from, to), accounts.subList(from, to), step, run));
        }
        return outcomes;
    }

    private List<CreditOutcome> creditTogether(List<Credit> credits, List<String> accounts, StepExecution step,
                                               MonthlyCreditParameters run) {
        try {
            return inOneUnitOfWork(credits, accounts, step, run);
        } catch (ConcurrencyException | AggregateStreamCreationException raced) {
            log.info("an account changed while it was credited with {} others ({}); crediting them one by one",
                    credits.size() - 1, raced.getMessage());
            return credits.stream().map(credit -> CreditOutcome.send(commands, step, credit, run)).toList();
        }
    }

    private List<CreditOutcome> inOneUnitOfWork(List<Credit> credits, List<String> accounts, StepExecution step,
                                                MonthlyCreditParameters run) {
        UnitOfWork<?> unit = DefaultUnitOfWork.startAndGet(null);
        try {
            unit.attachTransaction(transactions);
            eventStorage.prefetch(accounts);
            List<CreditOutcome> outcomes = credits.stream().sorted(IN_LOCK_ORDER)
                    .map(credit -> CreditOutcome.send(commands, step, credit, run)).toList();
            unit.commit();
            return outcomes;
        } catch (RuntimeException | Error failure) {
            if (unit.isActive()) {
                unit.rollback(failure);
            }
            throw failure;
        }
    }
}
