package ledger.app.payments;

import static ledger.app.http.LedgerUser.CASEWORKER;
import static ledger.app.http.LedgerUser.SETTLEMENT;
import static ledger.app.payments.FamilyPaymentApiTest.beijing;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import ledger.app.LedgerApiTest;
import ledger.app.accounts.AccountSteps;
import ledger.app.family.FamilySteps;
import ledger.app.http.HttpAnswer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The national platform's 2207 settlement and 2208 cancellation as a hospital system sends them
 * (docs/payments.md#national-messages): amounts as JSON numbers, answers with infcode, and the
 * ledger's payment behind them, exact to the fen, family accounts and cash included.
 */
class NationalSettlementApiTest extends LedgerApiTest {

    private static final String SETTLE = "/api/v1/national/2207";
    private static final String CANCEL = "/api/v1/national/2208";
    /**
     * The setlinfo of the national 2207 output as a hospital system reads it: newtouch-cloud/openhis
     * WinServiceAPI/YiBaoInterface/Models/Output/Output_2207.cs (class setlinfo2207, commit ffa7e66).
     */
    private static final List<String> OUTPUT_2207_SETLINFO = List.of("mdtrt_id", "setl_id", "psn_no", "psn_name",
            "psn_cert_type", "certno", "gend", "naty", "brdy", "age", "insutype", "psn_type", "cvlserv_flag",
            "setl_time", "mdtrt_cert_type", "med_type", "medfee_sumamt", "fulamt_ownpay_amt", "overlmt_selfpay",
            "preselfpay_amt", "inscp_scp_amt", "act_pay_dedc", "hifp_pay", "pool_prop_selfpay", "cvlserv_pay",
            "hifes_pay", "hifmi_pay", "hifob_pay", "maf_pay", "oth_pay", "fund_pay_sumamt", "psn_part_amt",
            "acct_pay", "psn_cash_pay", "hosp_part_amt", "balc", "acct_mulaid_pay", "medins_setl_id", "clr_optins",
            "clr_way", "clr_type");

    private AccountSteps accounts;
    private PaymentSteps payments;
    /** 100.00 of his own; registered by the spouse. */
    private String member;
    /** 500.00. */
    private String spouse;

    @BeforeEach
    void setUp() {
        accounts = new AccountSteps(http);
        payments = new PaymentSteps(http);
        member = accounts.opened(beijing("member", "100.00"));
        spouse = accounts.opened(beijing("spouse", "500.00"));
        new FamilySteps(http).registered(spouse, member, "SPOUSE", "2022-10-15");
    }

    @Test
    void aSettlementPaysOwnThenFamilyAccountsThenCashAndItsCancellationGivesEverythingBack() {
        String setlId = newSettlementId();

        HttpAnswer settled = http.as(SETTLEMENT).post(SETTLE, settlement(member, setlId, "800.00", "650.25", "1"));

        settled.expectJson(200).expectFields(
                "infcode", "0",
                "output.setlinfo.setl_id", "nat-" + setlId,
                "output.setlinfo.medins_setl_id", setlId,
                "output.setlinfo.psn_no", member,
                "output.setlinfo.acct_pay", "600.0",
                "output.setlinfo.acct_mulaid_pay", "500.0",
                "output.setlinfo.psn_cash_pay", "50.25",
                "output.setlinfo.balc", "0.0");
        assertThat(settled.body()).contains("\"acct_pay\":600.00", "\"acct_mulaid_pay\":500.00",
                "\"psn_cash_pay\":50.25", "\"balc\":0.00", "\"psn_part_amt\":650.25");
        assertThat(settled.text("output.setlinfo.setl_time")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        accounts.expectBalance(member, "0.00", "0.00", "0.00");
        accounts.expectBalance(spouse, "0.00", "0.00", "0.00");
        payments.payment("nat-" + setlId).expectJson(200).expectFields("request.institutionId", "H11010500001",
                "settlement.cashDue", "50.25");

        HttpAnswer cancelled = http.as(SETTLEMENT).post(CANCEL, cancellation("nat-" + setlId, member));

        cancelled.expectJson(200).expectFields("infcode", "0", "output.setlinfo.setl_id", "nat-" + setlId);
        assertThat(cancelled.body()).contains("\"acct_pay\":-600.00", "\"acct_mulaid_pay\":-500.00",
                "\"psn_cash_pay\":-50.25", "\"balc\":100.00");
        accounts.expectBalance(member, "100.00", "0.00", "100.00");
        accounts.expectBalance(spouse, "500.00", "0.00", "500.00");
        payments.payment("nat-" + setlId).expectJson(200).expectFields("refunds.0.kind", "CANCELLATION",
                "leftToRefund", "0.00");
    }

    @Test
    void everyFieldAnsweredIsSpelledAsTheNationalInterfaceSpellsIt() {
        String setlId = newSettlementId();
        HttpAnswer settled = http.as(SETTLEMENT).post(SETTLE, settlement(member, setlId, "80.00", "30.00", "0"));
        HttpAnswer cancelled = http.as(SETTLEMENT).post(CANCEL, cancellation("nat-" + setlId, member));
        HttpAnswer refused = http.as(SETTLEMENT).post(CANCEL, cancellation("nat-" + setlId + "x", member));

        assertThat(settled.json().fieldNames()).toIterable().containsExactlyInAnyOrder("infcode", "inf_refmsgid", "output");
        assertThat(settled.node("output.setlinfo").fieldNames()).toIterable().hasSize(13)
                .isSubsetOf(OUTPUT_2207_SETLINFO);
        assertThat(cancelled.node("output.setlinfo").fieldNames()).toIterable().isNotEmpty()
                .isSubsetOf(OUTPUT_2207_SETLINFO);
        assertThat(refused.json().fieldNames()).toIterable().containsExactlyInAnyOrder("infcode", "err_msg");
        assertThat(refused.text("err_msg")).endsWith("[unknown-settlement]");
    }

    @Test
    void theSameSettlementSentAgainAnswersTheSameAndPaysNothingMore() {
        String setlId = newSettlementId();
        String body = settlement(member, setlId, "80.00", "30.00", "0");
        HttpAnswer first = http.as(SETTLEMENT).post(SETTLE, body).expectJson(200).expectField("infcode", "0");

        HttpAnswer again = http.as(SETTLEMENT).post(SETTLE, body).expectJson(200);

        assertThat(again.json()).isEqualTo(first.json());
        accounts.expectBalance(member, "70.00", "0.00", "70.00");
        accounts.expectBalance(spouse, "500.00", "0.00", "500.00");
    }

    @Test
    void aCancellationSentAgainAnswersTheSameAndGivesNothingMoreBack() {
        String setlId = newSettlementId();
        http.as(SETTLEMENT).post(SETTLE, settlement(member, setlId, "80.00", "30.00", "0")).expectField("infcode", "0");
        HttpAnswer first = http.as(SETTLEMENT).post(CANCEL, cancellation("nat-" + setlId, member));

        HttpAnswer again = http.as(SETTLEMENT).post(CANCEL, cancellation("nat-" + setlId, member));

        again.expectField("infcode", "0");
        assertThat(again.node("output.setlinfo.acct_pay")).isEqualTo(first.node("output.setlinfo.acct_pay"));
        accounts.expectBalance(member, "100.00", "0.00", "100.00");
    }

    @Test
    void refusalsAnswerANonZeroInfcodeAndChangeNothing() {
        String setlId = newSettlementId();
        PaymentSteps.Balances before = payments.balances(member, spouse);

        expectRefused(settlement(member, setlId, "80.00", "30.001", "1"), "invalid-amount");
        expectRefused(settlement(member, setlId, "80.00", "\"thirty\"", "1"), "malformed-request");
        expectRefused(settlement(member, setlId, "80.00", "-1.00", "1"), "invalid-amount");
        expectRefused(settlement(member, setlId, "20.00", "30.00", "1"), "invalid-amount");
        expectRefused(settlement(member, "bad/id", "80.00", "30.00", "1"), "invalid-settlement-id");
        expectRefused(settlement(member, setlId, "80.00", "30.00", "1").replace("\"310\"", "\"390\""),
                "insutype-without-account");
        expectRefused(settlement(member, setlId, "80.00", "30.00", "1").replace("\"acct_used_flag\":\"1\"",
                "\"acct_used_flag\":\"0\""), "account-not-used");
        expectRefused(settlement("nobody-" + UUID.randomUUID(), setlId, "80.00", "30.00", "1"), "unknown-account");
        http.as(SETTLEMENT).post(CANCEL, cancellation("nat-" + newSettlementId(), member))
                .expectJson(200).expectField("infcode", "-1");

        payments.expectUnchanged(before);
        payments.payment("nat-" + setlId).expectStatus(404);
    }

    @Test
    void theSameSettlementIdForAnotherBillIsRefused() {
        String setlId = newSettlementId();
        http.as(SETTLEMENT).post(SETTLE, settlement(member, setlId, "80.00", "30.00", "0")).expectField("infcode", "0");

        expectRefused(settlement(member, setlId, "80.00", "31.00", "0"), "settlement-id-reused");

        accounts.expectBalance(member, "70.00", "0.00", "70.00");
    }

    @Test
    void onlySettlementSystemsMaySendThem() {
        http.as(CASEWORKER).post(SETTLE, settlement(member, newSettlementId(), "80.00", "30.00", "0"))
                .expectProblem(403, "role-not-allowed", "POST /api/v1/national/2207");
        accounts.expectBalance(member, "100.00", "0.00", "100.00");
    }

    private void expectRefused(String body, String code) {
        HttpAnswer refused = http.as(SETTLEMENT).post(SETTLE, body);
        refused.expectJson(200).expectField("infcode", "-1").expectNoField("output");
        assertThat(refused.text("err_msg")).endsWith("[" + code + "]");
    }

    /** A 2207 message with amounts as JSON numbers, written exactly as given. */
    private static String settlement(String psnNo, String medinsSetlId, String total, String personalPart,
                                     String familyFlag) {
        return """
                {"infno":"2207","msgid":"H1101050000120261201%s","fixmedins_code":"H11010500001",
                 "input":{"data":{"psn_no":"%s","mdtrt_cert_type":"01","mdtrt_id":"MD-%s","medins_setl_id":"%s",
                  "insutype":"310","med_type":"11","medfee_sumamt":%s,"psn_part_amt":%s,"acct_used_flag":"1",
                  "acct_mulaid_flag":"%s","psn_setlway":"01","fulamt_ownpay_amt":0.00}}}
                """.formatted(medinsSetlId, psnNo, medinsSetlId, medinsSetlId, total, personalPart, familyFlag);
    }

    private static String cancellation(String setlId, String psnNo) {
        return """
                {"infno":"2208","msgid":"M-%s","fixmedins_code":"H11010500001",
                 "input":{"data":{"setl_id":"%s","mdtrt_id":"MD","psn_no":"%s"}}}
                """.formatted(setlId, setlId, psnNo);
    }

    private static String newSettlementId() {
        return "S" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }
}
