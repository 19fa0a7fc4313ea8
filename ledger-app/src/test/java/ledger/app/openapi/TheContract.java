package ledger.app.openapi;

import java.util.List;

/**
 * The HTTP contract (../shared/api-contract.md) in the notation of {@link ApiContractTest}: method,
 * path, the inputs ({@code name?} optional, {@code name=default} listed but defaulted by the ledger),
 * then {@code →} the success status and the answer's fields ({@code a.b} a field of a field,
 * {@code a[].b} a field of each element of the list {@code a}).
 */
final class TheContract {

    private static final String ACCOUNT = "{personId, region, category, status, balance.withdrawable, "
            + "balance.earmarked, balance.total}";
    private static final String CHANGED_ACCOUNT = "{personId, region, category, status, balance.total, "
            + "corrections[].period, corrections[].before, corrections[].after}";
    private static final String REFUND = "{allocations[].accountId, allocations[].pot, allocations[].amount, cashRefund}";

    static final List<String> ENDPOINTS = List.of(
            "POST /api/v1/accounts {personId, region, category, birthDate, openedOn, retiredOn?, legacyWithdrawableBalance?}"
                    + " → 201 " + ACCOUNT,
            "GET /api/v1/accounts/{personId} → 200 " + ACCOUNT,
            "POST /api/v1/accounts/{personId}/retirement {retiredOn} → 200 " + CHANGED_ACCOUNT,
            "POST /api/v1/accounts/{personId}/credits {period, contributionBase?, creditedOn?}"
                    + " → 201 {period, amount, pot, rule}",
            "POST /api/v1/accounts/{personId}/interest {quarter}"
                    + " → 201 {quarter, amount, perPot.withdrawable, perPot.earmarked}",
            "POST /api/v1/accounts/{personId}/withdrawals {withdrawalId, amount, occurredOn?} → 201",
            "POST /api/v1/accounts/{personId}/family-members {memberId, relation, registeredOn=today, memberScheme?, "
                    + "memberRegion?} → 201",
            "GET /api/v1/accounts/{personId}/family-members → 200 {personId, members[].memberId, members[].relation, "
                    + "members[].memberScheme, members[].registeredOn, members[].spent}",
            "DELETE /api/v1/accounts/{personId}/family-members/{memberId} → 204",
            "GET /api/v1/accounts/{memberId}/funding-order → 200 {memberId, accounts}",
            "PUT /api/v1/accounts/{memberId}/funding-order {accounts} → 200",
            "PUT /api/v1/accounts/{personId}/pin {pin} → 204",
            "PUT /api/v1/accounts/{personId}/no-pin-limit {amount} → 204",
            "POST /api/v1/accounts/{personId}/pin-unlock → 204",
            "POST /api/v1/accounts/{personId}/insurance-status {status, effectiveOn} → 200 " + CHANGED_ACCOUNT,
            "POST /api/v1/accounts/{personId}/credits/{period}/reversal {reason} → 201",
            "GET /api/v1/accounts/{personId}/statements/{year} → 200 {personId, year, opening.withdrawable, "
                    + "opening.earmarked, closing.withdrawable, closing.earmarked, totals[].type, totals[].code, "
                    + "totals[].amount, familyUse[].memberId, familyUse[].spent, entries}",
            "POST /api/v1/accounts/{personId}/closure {reason, effectiveOn, payee?, heirAccountId?}"
                    + " → 200 {paidOut, recovered}",
            "POST /api/v1/accounts/{personId}/transfers-in {transferId, fromRegion, amount} → 201",
            "GET /api/v1/accounts/{personId}/statement {from?, to?} → 200 {entries[].at, entries[].type, "
                    + "entries[].amount, entries[].pot, entries[].balanceAfter.withdrawable, "
                    + "entries[].balanceAfter.earmarked, entries[].reference}",
            "POST /api/v1/payments {paymentId, personId, amount, occurredAt, institutionId, purpose, beneficiaryId?, "
                    + "channel, pin?, pinExemption?, useFamilyAccounts=false} → 201 {paymentId, allocations[].accountId, "
                    + "allocations[].pot, allocations[].amount, ownAccountPaid, familyAccountsPaid, accountPaid, cashDue}",
            "PUT /api/v1/institutions/{institutionId} {name, region, kind} → 200",
            "POST /api/v1/payments/{paymentId}/refunds {refundId, amount} → 201 {refundId, " + REFUND.substring(1),
            "POST /api/v1/payments/{paymentId}/reimbursements {reimbursementId, amount} → 201 " + REFUND,
            "GET /api/v1/payments/{paymentId} → 200 {paymentId, refunds}",
            "GET /api/v1/audit/accounts/{personId}/events → 200 {events[].sequence, events[].type, "
                    + "events[].effectiveDate, events[].recordedAt, events[].actor, events[].payload, "
                    + "events[].balanceAfter, events[].hash, events[].previousHash}",
            "GET /api/v1/audit/accounts/{personId}/balance {asOf, recordedBefore?} → 200 {balance}",
            "GET /api/v1/audit/accounts/{personId}/verification → 200 {eventsChecked, hashChainIntact, "
                    + "projectionMatchesReplay}",
            "POST /api/v1/batches/monthly-credits {roster, region, period, dryRun?} → 202 {batchId}",
            "POST /api/v1/batches/quarterly-interest {region, quarter} → 202 {batchId}",
            "GET /api/v1/batches/{batchId} → 200 {status, period, read, credited, skipped, rejected, totalAmount, "
                    + "rejects[].line, rejects[].personId, rejects[].reason}",
            "POST /api/v1/projections/rebuild → 202",
            "GET /api/v1/projections → 200 {projections[].name, projections[].position, projections[].replaying}");

    /** The ledger's extensions of the contract (docs/api.md), held to their shape the same way. */
    static final List<String> EXTENSIONS = List.of(
            "POST /api/v1/national/2207 {infno?, msgid?, fixmedins_code?, input?} → 200 {infcode, err_msg, "
                    + "output.setlinfo.setl_id, output.setlinfo.acct_pay, output.setlinfo.acct_mulaid_pay, "
                    + "output.setlinfo.psn_cash_pay, output.setlinfo.balc, output.setlinfo.setl_time}",
            "POST /api/v1/national/2208 {infno?, msgid?, fixmedins_code?, input?} → 200 {infcode, err_msg, "
                    + "output.setlinfo.setl_id}",
            "GET /api/v1/reconciliation/institutions/{institutionId}/days/{date} {format?} → 200 {institutionId, date, "
                    + "totals[].kind, totals[].count, totals[].amount, totals[].accountPaid, totals[].cashPaid, net, lines}",
            "POST /api/v1/reconciliation/institutions/{institutionId}/days/{date} → 200 {ledgerCount, fileCount, "
                    + "matched, onlyInLedger, onlyInFile, amountsDiffer, reconciles}",
            "GET /api/v1/audit/regions/{region}/fund-totals → 200 {region, pots, reconciles}",
            "GET /api/v1/institutions/{institutionId} → 200 {institutionId, name, region, kind}",
            "POST /api/v1/batches/{batchId}/restart → 202 {batchId}",
            "GET /api/v1/projections → 200 {projections[].running, projections[].caughtUp, projections[].headPosition, "
                    + "projections[].segments[].segment, projections[].segments[].node, projections[].segments[].position, "
                    + "projections[].parkedEvents}",
            "GET /api/v1/projections/dead-letters → 200 {counts, deadLetters, limit}",
            "POST /api/v1/projections/dead-letters/retry → 200 {retried}");

    private TheContract() {
    }
}
