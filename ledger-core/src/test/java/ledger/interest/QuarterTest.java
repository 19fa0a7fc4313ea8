package ledger.interest;

import static ledger.policy.InterestPolicy.QuarterScheme.BANK;
import static ledger.policy.InterestPolicy.QuarterScheme.CALENDAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import ledger.policy.InterestPolicy.QuarterScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Quarters of domain-rules §3: bank quarters (21st to 20th, 银发〔2005〕129号) or calendar quarters. */
class QuarterTest {

    private static final Quarter Q1_2024 = new Quarter(2024, 1);

    @Test
    void theBankQuarterOf2024Q1RunsFrom21December2023() {
        assertThat(Q1_2024.firstDay(BANK)).isEqualTo(LocalDate.of(2023, 12, 21));
    }

    @Test
    void theBankInterestDayIsThe20thOfTheQuartersLastMonth() {
        assertThat(Q1_2024.interestDay(BANK)).isEqualTo(LocalDate.of(2024, 3, 20));
    }

    @Test
    void bankQuarterInterestIsCreditedOnThe21st() {
        assertThat(Q1_2024.creditDay(BANK)).isEqualTo(LocalDate.of(2024, 3, 21));
    }

    @Test
    void theBankQuarterOf2024Q1Has91Days() {
        assertThat(daysOf(Q1_2024, BANK)).isEqualTo(91);
    }

    @ParameterizedTest(name = "{0}: {1} .. {2}, credited {3}, {4} days")
    @CsvSource({
            "2024-Q1, 2023-12-21, 2024-03-20, 2024-03-21, 91",
            "2024-Q2, 2024-03-21, 2024-06-20, 2024-06-21, 92",
            "2024-Q3, 2024-06-21, 2024-09-20, 2024-09-21, 92",
            "2024-Q4, 2024-09-21, 2024-12-20, 2024-12-21, 91",
            "2025-Q1, 2024-12-21, 2025-03-20, 2025-03-21, 90"})
    void bankQuartersRunFromThe21stToThe20th(String quarter, LocalDate first, LocalDate interestDay,
                                             LocalDate credited, long days) {
        Quarter parsed = Quarter.parse(quarter);

        assertThat(parsed.firstDay(BANK)).isEqualTo(first);
        assertThat(parsed.interestDay(BANK)).isEqualTo(interestDay);
        assertThat(parsed.creditDay(BANK)).isEqualTo(credited);
        assertThat(daysOf(parsed, BANK)).isEqualTo(days);
    }

    @Test
    void bankQuartersFollowEachOtherWithoutGapOrOverlap() {
        Quarter q4 = new Quarter(2024, 4);

        assertThat(new Quarter(2025, 1).firstDay(BANK)).isEqualTo(q4.interestDay(BANK).plusDays(1));
    }

    @ParameterizedTest(name = "{0}: {1} .. {2}, credited {3}, {4} days")
    @CsvSource({
            "2024-Q1, 2024-01-01, 2024-03-31, 2024-04-01, 91",
            "2024-Q2, 2024-04-01, 2024-06-30, 2024-07-01, 91",
            "2024-Q3, 2024-07-01, 2024-09-30, 2024-10-01, 92",
            "2024-Q4, 2024-10-01, 2024-12-31, 2025-01-01, 92",
            "2025-Q1, 2025-01-01, 2025-03-31, 2025-04-01, 90"})
    void calendarQuartersRunFromTheFirstToTheLastDayOfTheQuarter(String quarter, LocalDate first,
                                                                LocalDate interestDay, LocalDate credited,
                                                                long days) {
        Quarter parsed = Quarter.parse(quarter);

        assertThat(parsed.firstDay(CALENDAR)).isEqualTo(first);
        assertThat(parsed.interestDay(CALENDAR)).isEqualTo(interestDay);
        assertThat(parsed.creditDay(CALENDAR)).isEqualTo(credited);
        assertThat(daysOf(parsed, CALENDAR)).isEqualTo(days);
    }

    @Test
    void canParseTheContractForm() {
        assertThat(Quarter.parse("2024-Q1")).isEqualTo(Q1_2024);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "1999-Q4", "2099-Q1"})
    void printsTheFormItWasParsedFrom(String quarter) {
        assertThat(Quarter.parse(quarter).toString()).isEqualTo(quarter);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullSource
    @ValueSource(strings = {"2024-Q5", "2024-Q0", "2024Q1", "2024-q1", "24-Q1", "02024-Q1", " 2024-Q1", "2024-Q1 ",
            "", "2024-01", "2024-Q", "Q1-2024", "2024-Q12"})
    void cannotParseAnythingButYyyyQn(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Quarter.parse(text));
    }

    @ParameterizedTest(name = "quarter {0}")
    @ValueSource(ints = {0, 5, -1})
    void cannotNumberAQuarterOutside1To4(int number) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Quarter(2024, number));
    }

    @Test
    void thePreviousQuarterOfQ1IsQ4OfTheYearBefore() {
        assertThat(Q1_2024.previous()).isEqualTo(new Quarter(2023, 4));
    }

    @Test
    void quartersOrderByTime() {
        assertThat(new Quarter(2023, 4)).isLessThan(Q1_2024);
        assertThat(new Quarter(2024, 2)).isGreaterThan(Q1_2024);
        assertThat(Quarter.parse("2024-Q1")).isEqualByComparingTo(Q1_2024);
    }

    @Test
    void travelsInJsonAsTheContractString() throws Exception {
        ObjectMapper json = new ObjectMapper();

        assertThat(json.writeValueAsString(Q1_2024)).isEqualTo("\"2024-Q1\"");
        assertThat(json.readValue("\"2024-Q1\"", Quarter.class)).isEqualTo(Q1_2024);
    }

    private static long daysOf(Quarter quarter, QuarterScheme scheme) {
        return ChronoUnit.DAYS.between(quarter.firstDay(scheme), quarter.interestDay(scheme)) + 1;
    }
}
