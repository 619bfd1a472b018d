package org.opencsc.timescales;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BankHolidayRulesTest {

    private static List<LocalDate> days(int year) {
        return BankHolidayRules.forYear(year).stream().map(BankHoliday::day).toList();
    }

    @Test
    void easterSundayIsRightAcrossTheYears() {
        assertThat(BankHolidayRules.easterSunday(2019)).isEqualTo(LocalDate.of(2019, 4, 21));
        assertThat(BankHolidayRules.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(BankHolidayRules.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(BankHolidayRules.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
        assertThat(BankHolidayRules.easterSunday(2285)).isEqualTo(LocalDate.of(2285, 3, 22));
    }

    @Test
    void aYearWithNoWeekendClashes() {
        assertThat(days(2025)).containsExactly(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 18), LocalDate.of(2025, 4, 21),
                LocalDate.of(2025, 5, 5), LocalDate.of(2025, 5, 26), LocalDate.of(2025, 8, 25), LocalDate.of(2025, 12, 25),
                LocalDate.of(2025, 12, 26));
    }

    @Test
    void christmasOnASaturdayMovesBothDays() {
        assertThat(days(2027)).contains(LocalDate.of(2027, 12, 27), LocalDate.of(2027, 12, 28)).doesNotContain(LocalDate.of(2027, 12, 25));
    }

    @Test
    void christmasOnASundayKeepsBoxingDayAndMovesChristmasToTuesday() {
        assertThat(days(2033)).contains(LocalDate.of(2033, 12, 26), LocalDate.of(2033, 12, 27));
    }

    @Test
    void boxingDayOnASaturdayMovesToMonday() {
        assertThat(days(2026)).contains(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28));
    }

    @Test
    void newYearAtAWeekendMovesToMonday() {
        assertThat(days(2028)).contains(LocalDate.of(2028, 1, 3)); // Saturday 1 January 2028
        assertThat(days(2034)).contains(LocalDate.of(2034, 1, 2)); // Sunday 1 January 2034
    }

    @Test
    void theRulesAgreeWithEveryPublishedYearApartFromTheOneOffDays() {
        // Published 2019 and 2024, which had no one-off days.
        assertThat(days(2019)).containsExactly(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 4, 19), LocalDate.of(2019, 4, 22),
                LocalDate.of(2019, 5, 6), LocalDate.of(2019, 5, 27), LocalDate.of(2019, 8, 26), LocalDate.of(2019, 12, 25),
                LocalDate.of(2019, 12, 26));
        assertThat(days(2024)).containsExactly(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 29), LocalDate.of(2024, 4, 1),
                LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 27), LocalDate.of(2024, 8, 26), LocalDate.of(2024, 12, 25),
                LocalDate.of(2024, 12, 26));
        // 2022 as the rules would have had it: the jubilee moved the spring holiday and added two more days.
        assertThat(days(2022)).contains(LocalDate.of(2022, 5, 30)).doesNotContain(LocalDate.of(2022, 6, 2), LocalDate.of(2022, 9, 19));
    }
}
