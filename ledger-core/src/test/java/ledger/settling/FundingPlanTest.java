package ledger.settling;

import static ledger.money.Pot.EARMARKED;
import static ledger.money.Pot.WITHDRAWABLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import ledger.money.Balances;
import ledger.money.Money;
import ledger.payment.value.Allocation;
import org.junit.jupiter.api.Test;

class FundingPlanTest {

    private static final String MEMBER = "110101201001010022";
    private static final String MOTHER = "110101198005200011";
    private static final String FATHER = "110101197803030033";

    @Test
    void drawsTheOwnAccountFirstThenTheFamilyAccountsInFundingOrder() {
        List<FundingPlan.Source> sources = List.of(
                source(MEMBER, "100.00", "0.00"), source(MOTHER, "500.00", "0.00"), source(FATHER, "50.00", "0.00"));

        List<Allocation> allocations = FundingPlan.draw(sources, yuan("620.00"));

        assertThat(allocations).containsExactly(
                new Allocation(MEMBER, WITHDRAWABLE, yuan("100.00")),
                new Allocation(MOTHER, WITHDRAWABLE, yuan("500.00")),
                new Allocation(FATHER, WITHDRAWABLE, yuan("20.00")));
        assertThat(cashDue(allocations, "620.00")).isEqualTo(Money.ZERO);
    }

    @Test
    void followsTheFundingOrderItIsGivenNotTheOrderOfIds() {
        List<FundingPlan.Source> sources = List.of(
                source(MEMBER, "0.00", "0.00"), source(FATHER, "50.00", "0.00"), source(MOTHER, "500.00", "0.00"));

        assertThat(FundingPlan.draw(sources, yuan("80.00"))).containsExactly(
                new Allocation(FATHER, WITHDRAWABLE, yuan("50.00")),
                new Allocation(MOTHER, WITHDRAWABLE, yuan("30.00")));
    }

    @Test
    void drawsTheEarmarkedPotBeforeTheWithdrawablePotWithinAnAccount() {
        List<FundingPlan.Source> sources = List.of(source(MEMBER, "60.00", "40.00"));

        assertThat(FundingPlan.draw(sources, yuan("50.00"))).containsExactly(
                new Allocation(MEMBER, EARMARKED, yuan("40.00")),
                new Allocation(MEMBER, WITHDRAWABLE, yuan("10.00")));
    }

    @Test
    void usesUpBothPotsOfAnAccountBeforeTheNextAccount() {
        List<FundingPlan.Source> sources = List.of(source(MEMBER, "60.00", "40.00"), source(MOTHER, "70.00", "30.00"));

        assertThat(FundingPlan.draw(sources, yuan("150.00"))).containsExactly(
                new Allocation(MEMBER, EARMARKED, yuan("40.00")),
                new Allocation(MEMBER, WITHDRAWABLE, yuan("60.00")),
                new Allocation(MOTHER, EARMARKED, yuan("30.00")),
                new Allocation(MOTHER, WITHDRAWABLE, yuan("20.00")));
    }

    @Test
    void drawsEverythingTheAccountsHoldAndLeavesTheRestAsCash() {
        List<FundingPlan.Source> sources = List.of(
                source(MEMBER, "100.00", "0.00"), source(MOTHER, "500.00", "0.00"), source(FATHER, "50.00", "0.00"));

        List<Allocation> allocations = FundingPlan.draw(sources, yuan("1000.00"));

        assertThat(allocations).containsExactly(
                new Allocation(MEMBER, WITHDRAWABLE, yuan("100.00")),
                new Allocation(MOTHER, WITHDRAWABLE, yuan("500.00")),
                new Allocation(FATHER, WITHDRAWABLE, yuan("50.00")));
        assertThat(cashDue(allocations, "1000.00")).isEqualTo(yuan("350.00"));
    }

    @Test
    void skipsEmptyPotsAndEmptyAccountsWithoutZeroAllocations() {
        List<FundingPlan.Source> sources = List.of(
                source(MEMBER, "0.00", "0.00"), source(MOTHER, "0.00", "25.00"), source(FATHER, "35.00", "0.00"));

        assertThat(FundingPlan.draw(sources, yuan("100.00"))).containsExactly(
                new Allocation(MOTHER, EARMARKED, yuan("25.00")),
                new Allocation(FATHER, WITHDRAWABLE, yuan("35.00")));
    }

    @Test
    void stopsDrawingOnceTheBillIsPaid() {
        List<FundingPlan.Source> sources =
                List.of(source(MEMBER, "100.00", "100.00"), source(MOTHER, "500.00", "0.00"));

        assertThat(FundingPlan.draw(sources, yuan("100.00"))).containsExactly(
                new Allocation(MEMBER, EARMARKED, yuan("100.00")));
    }

    @Test
    void drawsNothingFromAccountsThatHoldNothing() {
        List<FundingPlan.Source> sources = List.of(source(MEMBER, "0.00", "0.00"), source(MOTHER, "0.00", "0.00"));

        assertThat(FundingPlan.draw(sources, yuan("12.34"))).isEmpty();
    }

    @Test
    void paysExactFenWithoutRounding() {
        List<FundingPlan.Source> sources = List.of(source(MEMBER, "0.01", "0.02"), source(MOTHER, "0.00", "99.99"));

        assertThat(FundingPlan.draw(sources, yuan("0.04"))).containsExactly(
                new Allocation(MEMBER, EARMARKED, yuan("0.02")),
                new Allocation(MEMBER, WITHDRAWABLE, yuan("0.01")),
                new Allocation(MOTHER, EARMARKED, yuan("0.01")));
    }

    private static FundingPlan.Source source(String accountId, String withdrawable, String earmarked) {
        return new FundingPlan.Source(accountId, new Balances(yuan(withdrawable), yuan(earmarked)));
    }

    private static Money cashDue(List<Allocation> allocations, String bill) {
        return yuan(bill).minus(allocations.stream().map(Allocation::amount).reduce(Money.ZERO, Money::plus));
    }

    private static Money yuan(String yuan) {
        return Money.parse(yuan);
    }
}
