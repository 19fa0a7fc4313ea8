package ledger.app.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import ledger.app.LedgerApiTest;
import ledger.app.accounts.AccountSteps;
import ledger.app.family.FamilySteps;
import ledger.app.http.HttpAnswer;
import ledger.money.Money;
import ledger.payment.Payment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many settlements at once over accounts that fund each other: two holders who registered each other
 * as spouses, and four members registered by both in crossing orders. Together the bills ask for far
 * more than the accounts hold, and some arrive twice with the same payment id. The proof is read from
 * the event table, not from the answers: no pot ever goes below zero, every payment is settled once,
 * every debit belongs to its settlement, and nobody pays cash while his accounts still hold money.
 */
class ConcurrentPaymentsTest extends LedgerApiTest {

    private static final int THREADS = 12;
    private static final int DISTINCT_PAYMENTS = 44;
    /** Every fourth payment is sent a second time, identical, mixed in among the others. */
    private static final int REPEAT_EVERY = 4;
    private static final int REPEATS_AT_ONCE = 8;
    private static final long SEED = 20_230_301L;
    private static final long TIMEOUT_SECONDS = 180;
    private static final Set<String> MONEY_EVENTS = Set.of(
            "LegacyBalanceMigrated", "MonthlyCreditPosted", "AccountDebited", "RefundCredited");

    @Autowired
    private JdbcTemplate jdbc;

    private AccountSteps accounts;
    private FamilySteps family;
    private PaymentSteps payments;
    /** Each payer's family accounts in funding order. */
    private final Map<String, List<String>> familyOrder = new LinkedHashMap<>();

    /** M1..M4, then H1 and H2. */
    private List<String> everyAccount;

    private record Sent(PaymentToMake request, HttpAnswer answer) {
    }

    @BeforeEach
    void setUp() {
        accounts = new AccountSteps(http);
        family = new FamilySteps(http);
        payments = new PaymentSteps(http);
        everyAccount = givenTwoHoldersWhoFundEachOtherAndFourMembers();
    }

    @Test
    void simultaneousFamilyPaymentsNeverOverdrawAnAccountAndSettleEachPaymentOnce() throws Exception {
        long moneyHeldFen = everyAccount.stream().mapToLong(this::totalFen).sum();
        List<PaymentToMake> distinct = bills(everyAccount);
        long askedFen = distinct.stream().mapToLong(bill -> Money.parse(bill.amount()).fen()).sum();
        assertThat(askedFen).as("the bills ask for more than the accounts hold").isGreaterThan(moneyHeldFen);

        List<Sent> sent = sendAllAtOnce(withRepeats(distinct));

        Map<String, List<Sent>> byPaymentId = checkEveryAnswer(sent);
        Set<String> settled = byPaymentId.entrySet().stream()
                .filter(entry -> entry.getValue().stream().anyMatch(s -> s.answer().status() != 409))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(LinkedHashSet::new));
        assertThat(settled).as("payments settled").hasSizeGreaterThanOrEqualTo(DISTINCT_PAYMENTS * 3 / 4);

        Set<String> streams = new LinkedHashSet<>(everyAccount);
        byPaymentId.keySet().forEach(paymentId -> streams.add(Payment.streamId(paymentId)));
        List<EventRows.Row> rows = EventRows.of(jdbc, streams);
        Map<String, long[]> finalBalances = replayEachAccount(rows, everyAccount);
        checkEachPaymentSettledOnceAndDebitedAsSettled(rows, byPaymentId, settled);
        checkNobodyPaidCashWhileHisAccountsHeldMoney(rows);
        for (String account : everyAccount) {
            long[] last = finalBalances.get(account);
            accounts.expectBalance(account, Money.ofFen(last[0]).toString(), Money.ofFen(last[1]).toString(),
                    Money.ofFen(last[0] + last[1]).toString());
        }
        long cashDue = settled.stream().mapToLong(id -> fen(answerOf(byPaymentId.get(id)).node("cashDue"))).sum();
        assertThat(cashDue).as("the bills were more than the accounts held, so some cash is due").isPositive();
    }

    /**
     * The same request sent several times at once (a settlement system retrying on its own timeout):
     * the contract answers the original result with 200 to every repeat, and the bill is paid once.
     */
    @Test
    void simultaneousRepeatsOfOnePaymentAllAnswerTheOneSettlement() throws Exception {
        String member = everyAccount.get(0);
        PaymentToMake bill = PaymentToMake.of(member, "1234.56").usingFamilyAccounts();

        List<Sent> sent = sendAllAtOnce(Collections.nCopies(REPEATS_AT_ONCE, bill));

        String refused = sent.stream().map(Sent::answer).filter(a -> a.status() >= 400).findFirst()
                .map(HttpAnswer::body).orElse("none");
        assertThat(sent).extracting(one -> one.answer().status())
                .as("statuses of %d simultaneous repeats (first refusal: %s)", REPEATS_AT_ONCE, refused)
                .containsOnly(200, 201).containsOnlyOnce(201);
        sent.forEach(one -> assertThat(one.answer().json()).isEqualTo(sent.get(0).answer().json()));
        List<EventRows.Row> rows = EventRows.of(jdbc, List.of(Payment.streamId(bill.paymentId())));
        assertThat(rows).extracting(EventRows.Row::type).containsExactly("PaymentSettled");
        replayEachAccount(EventRows.of(jdbc, everyAccount), everyAccount);
        accounts.expectBalance(member, "0.00", "0.00", "0.00");
        accounts.expectBalance(everyAccount.get(4), "25.44", "0.00", "25.44");
        accounts.expectBalance(everyAccount.get(5), "800.00", "300.00", "1100.00");
    }

    /**
     * H1 (1000.00 + 200.00 earmarked) and H2 (800.00 + 300.00) registered each other as spouses;
     * M1..M4 were registered by both, M1 and M2 by H1 first, M3 and M4 by H2 first.
     */
    private List<String> givenTwoHoldersWhoFundEachOtherAndFourMembers() {
        String h1 = accounts.opened(FamilyPaymentApiTest.beijing("h1", "1000.00"));
        accounts.credited(h1, "2023-01", "10000.00", "2023-01-05");
        String h2 = accounts.opened(FamilyPaymentApiTest.beijing("h2", "800.00"));
        accounts.credited(h2, "2023-01", "15000.00", "2023-01-05");
        family.registered(h1, h2, "SPOUSE", "2022-10-20");
        family.registered(h2, h1, "SPOUSE", "2022-10-20");
        familyOrder.put(h1, List.of(h2));
        familyOrder.put(h2, List.of(h1));
        String[] legacy = {"60.00", "0.00", "45.50", "80.00"};
        List<String> members = new ArrayList<>();
        for (int i = 0; i < legacy.length; i++) {
            String member = accounts.opened(FamilyPaymentApiTest.beijing("m" + (i + 1), legacy[i]));
            List<String> order = i < 2 ? List.of(h1, h2) : List.of(h2, h1);
            family.registered(order.get(0), member, "CHILD", "2022-10-21");
            family.registered(order.get(1), member, "CHILD", "2022-10-22");
            family.expectFundingOrder(member, member, order.get(0), order.get(1));
            familyOrder.put(member, order);
            members.add(member);
        }
        family.expectFundingOrder(h1, h1, h2);
        family.expectFundingOrder(h2, h2, h1);
        List<String> every = new ArrayList<>(members);
        every.add(h1);
        every.add(h2);
        return every;
    }

    /** Bills of 30.00 to 150.00 spread over every payer; most of them draw on family accounts. */
    private static List<PaymentToMake> bills(List<String> payers) {
        Random random = new Random(SEED);
        List<PaymentToMake> bills = new ArrayList<>();
        for (int i = 0; i < DISTINCT_PAYMENTS; i++) {
            String payer = payers.get(i % payers.size());
            Money amount = Money.ofFen(3_000 + random.nextInt(12_001));
            PaymentToMake bill = PaymentToMake.of(payer, amount.toString())
                    .withPurpose(i % 2 == 0 ? "MEDICAL" : "PHARMACY")
                    .withOccurredAt("2023-03-01T%02d:%02d:00+08:00".formatted(8 + i / 10, i % 60));
            bills.add(i % 5 == 4 ? bill : bill.usingFamilyAccounts());
        }
        return bills;
    }

    private static List<PaymentToMake> withRepeats(List<PaymentToMake> distinct) {
        List<PaymentToMake> requests = new ArrayList<>(distinct);
        for (int i = 0; i < distinct.size(); i += REPEAT_EVERY) {
            requests.add(distinct.get(i));
        }
        Collections.shuffle(requests, new Random(SEED));
        return requests;
    }

    private List<Sent> sendAllAtOnce(List<PaymentToMake> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Sent>> futures = new ArrayList<>();
            for (PaymentToMake request : requests) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return new Sent(request, payments.pay(request));
                }));
            }
            start.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(TIMEOUT_SECONDS, TimeUnit.SECONDS))
                    .as("all %d requests answered within %d s", requests.size(), TIMEOUT_SECONDS).isTrue();
            List<Sent> sent = new ArrayList<>();
            for (Future<Sent> future : futures) {
                sent.add(future.get());
            }
            return sent;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Each answer is 201 or 200, or a clean 409 saying nothing was applied. Per payment id: exactly
     * one 201 once it settled, and every repeat answers the same settlement.
     */
    private static Map<String, List<Sent>> checkEveryAnswer(List<Sent> sent) {
        Map<String, List<Sent>> byPaymentId = new LinkedHashMap<>();
        for (Sent one : sent) {
            HttpAnswer answer = one.answer();
            assertThat(answer.status()).as("status of %s", answer).isIn(200, 201, 409);
            if (answer.status() == 409) {
                answer.expectProblem(409, "concurrent-change", "nothing was applied");
            } else {
                answer.expectJson(answer.status()).expectField("paymentId", one.request().paymentId());
                long amount = Money.parse(one.request().amount()).fen();
                assertThat(fen(answer.node("ownAccountPaid")) + fen(answer.node("familyAccountsPaid")))
                        .as("own + family = accountPaid in %s", answer).isEqualTo(fen(answer.node("accountPaid")));
                assertThat(fen(answer.node("accountPaid")) + fen(answer.node("cashDue")))
                        .as("accountPaid + cashDue = amount in %s", answer).isEqualTo(amount);
            }
            byPaymentId.computeIfAbsent(one.request().paymentId(), id -> new ArrayList<>()).add(one);
        }
        byPaymentId.forEach((paymentId, answers) -> {
            List<HttpAnswer> settledAnswers = answers.stream().map(Sent::answer)
                    .filter(a -> a.status() != 409).toList();
            if (!settledAnswers.isEmpty()) {
                assertThat(settledAnswers).as("answers to payment %s", paymentId)
                        .filteredOn(a -> a.status() == 201).hasSize(1);
                settledAnswers.forEach(a -> assertThat(a.json()).as("repeat of %s", paymentId)
                        .isEqualTo(settledAnswers.get(0).json()));
            }
        });
        return byPaymentId;
    }

    /**
     * Replays each account's stream from zero in sequence order, by the amounts its events carry:
     * both pots stay at or above zero after every event and match the balances the event recorded.
     * What the debits took is what the account held at opening and credits less what it holds now.
     */
    private static Map<String, long[]> replayEachAccount(List<EventRows.Row> rows, List<String> everyAccount) {
        Map<String, long[]> finals = new HashMap<>();
        for (String account : everyAccount) {
            List<EventRows.Row> stream = rows.stream().filter(row -> row.aggregateId().equals(account)).toList();
            long[] pots = {0, 0};
            long creditedFen = 0;
            long debitedFen = 0;
            for (int i = 0; i < stream.size(); i++) {
                EventRows.Row row = stream.get(i);
                assertThat(row.sequence()).as("sequence of %s", row).isEqualTo(i);
                JsonNode event = row.json();
                if (!MONEY_EVENTS.contains(row.type())) {
                    assertThat(event.has("balanceAfter")).as("%s moves no money", row).isFalse();
                    continue;
                }
                boolean withdrawable = row.type().equals("LegacyBalanceMigrated")
                        || "WITHDRAWABLE".equals(event.path("pot").asText());
                int pot = withdrawable ? 0 : 1;
                long amount = fen(event.path("amount"));
                if (row.type().equals("AccountDebited")) {
                    pots[pot] -= amount;
                    debitedFen += amount;
                } else {
                    pots[pot] += amount;
                    creditedFen += amount;
                }
                assertThat(pots[0]).as("withdrawable pot after %s", row).isNotNegative();
                assertThat(pots[1]).as("earmarked pot after %s", row).isNotNegative();
                assertThat(new long[] {fen(event.path("balanceAfter").path("withdrawable")),
                        fen(event.path("balanceAfter").path("earmarked"))})
                        .as("balance recorded by %s", row).containsExactly(pots);
            }
            assertThat(debitedFen).as("debits of %s", account).isEqualTo(creditedFen - pots[0] - pots[1]);
            finals.put(account, pots);
        }
        return finals;
    }

    /** One PaymentSettled per settled id and none for the others; the debits are exactly its allocations. */
    private static void checkEachPaymentSettledOnceAndDebitedAsSettled(List<EventRows.Row> rows,
            Map<String, List<Sent>> byPaymentId, Set<String> settled) {
        Map<String, List<String>> debitsByPayment = new HashMap<>();
        Map<String, List<JsonNode>> settlementsByPayment = new HashMap<>();
        for (EventRows.Row row : rows) {
            JsonNode event = row.json();
            if (row.type().equals("AccountDebited")) {
                debitsByPayment.computeIfAbsent(event.path("paymentId").asText(), id -> new ArrayList<>())
                        .add(row.aggregateId() + " " + event.path("pot").asText() + " "
                                + event.path("amount").asText());
            } else if (row.type().equals("PaymentSettled")) {
                String paymentId = event.path("paymentId").asText();
                assertThat(row.aggregateId()).as("stream of %s", row).isEqualTo(Payment.streamId(paymentId));
                settlementsByPayment.computeIfAbsent(paymentId, id -> new ArrayList<>()).add(event);
            }
        }
        assertThat(settlementsByPayment.keySet()).as("payments with a PaymentSettled event").isEqualTo(settled);
        assertThat(debitsByPayment.keySet()).as("payments that debited an account").isSubsetOf(settled);
        for (String paymentId : settled) {
            assertThat(settlementsByPayment.get(paymentId)).as("PaymentSettled of %s", paymentId).hasSize(1);
            JsonNode settlement = settlementsByPayment.get(paymentId).get(0);
            HttpAnswer answer = answerOf(byPaymentId.get(paymentId));
            List<String> allocations = PaymentSteps.allocations(answer);
            assertThat(lines(settlement.path("allocations"))).as("allocations recorded for %s", paymentId)
                    .isEqualTo(allocations);
            assertThat(debitsByPayment.getOrDefault(paymentId, List.of())).as("debits of %s", paymentId)
                    .containsExactlyInAnyOrderElementsOf(allocations);
            assertThat(settlement.path("cashDue").asText()).as("cash due of %s", paymentId)
                    .isEqualTo(answer.text("cashDue"));
        }
    }

    /**
     * Replays every stream in the order the events were appended. When a settlement left cash to pay,
     * every account it could draw on was empty at that moment; the payer's balance after is the one
     * the settlement recorded.
     */
    private void checkNobodyPaidCashWhileHisAccountsHeldMoney(List<EventRows.Row> rows) {
        Map<String, Long> totals = new HashMap<>();
        Map<String, long[]> pots = new HashMap<>();
        for (EventRows.Row row : rows) {
            JsonNode event = row.json();
            if (event.has("balanceAfter")) {
                long[] after = {fen(event.path("balanceAfter").path("withdrawable")),
                        fen(event.path("balanceAfter").path("earmarked"))};
                pots.put(row.aggregateId(), after);
                totals.put(row.aggregateId(), after[0] + after[1]);
            } else if (row.type().equals("PaymentSettled")) {
                JsonNode terms = event.path("terms");
                String payer = terms.path("personId").asText();
                List<String> drawable = new ArrayList<>(List.of(payer));
                if (terms.path("useFamilyAccounts").asBoolean()) {
                    drawable.addAll(familyOrder.get(payer));
                }
                if (fen(event.path("cashDue")) > 0) {
                    drawable.forEach(account -> assertThat(totals.getOrDefault(account, 0L))
                            .as("%s held money when %s left cash to pay", account, row).isZero());
                }
                assertThat(new long[] {fen(event.path("payerBalanceAfter").path("withdrawable")),
                        fen(event.path("payerBalanceAfter").path("earmarked"))})
                        .as("payer balance after %s", row).containsExactly(pots.getOrDefault(payer, new long[] {0, 0}));
            }
        }
    }

    private static HttpAnswer answerOf(List<Sent> sent) {
        return sent.stream().map(Sent::answer).filter(a -> a.status() == 201).findFirst().orElseThrow();
    }

    private static List<String> lines(JsonNode allocations) {
        List<String> lines = new ArrayList<>();
        allocations.forEach(a -> lines.add(a.path("accountId").asText() + " " + a.path("pot").asText() + " "
                + a.path("amount").asText()));
        return lines;
    }

    private long totalFen(String account) {
        return fen(accounts.account(account).expectJson(200).node("balance.total"));
    }

    private static long fen(JsonNode yuan) {
        assertThat(yuan.isTextual()).as("an amount as a JSON string: %s", yuan).isTrue();
        return Money.parse(yuan.asText()).fen();
    }
}
