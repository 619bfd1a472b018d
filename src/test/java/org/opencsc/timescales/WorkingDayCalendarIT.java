package org.opencsc.timescales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opencsc.IntegrationTest;
import org.opencsc.platform.DateParts;
import org.opencsc.platform.InvalidInputException;
import org.opencsc.security.Role;
import org.opencsc.security.TestStaff;
import org.opencsc.timescales.BankHolidayService.BankHolidayForm;
import org.springframework.beans.factory.annotation.Autowired;

/** Dated examples on the published calendar in the database and the rules beyond it. */
@IntegrationTest
class WorkingDayCalendarIT {

    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    BankHolidayService holidays;
    @Autowired
    TestStaff staff;
    @Autowired
    WorkingDaysCommand command;

    private String run(String... words) throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        var code = command.run(java.util.List.of(words), new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        return code + ":" + out.toString(java.nio.charset.StandardCharsets.UTF_8).strip();
    }

    @Test
    void theCommandLinePrintsWhatTheCalendarSays() throws Exception {
        assertThat(run("add", "2026-12-24", "1")).isEqualTo("0:2026-12-29");
        assertThat(run("between", "2026-01-05", "2026-03-09")).isEqualTo("0:45");
        assertThat(run("add", "24/12/2026", "1")).startsWith("2:");
        assertThat(run("sideways")).startsWith("2:");
    }

    @AfterEach
    void signOut() {
        TestStaff.signOut();
    }

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void christmasEve2026PlusOneWorkingDayIsTuesday29th() {
        // Friday 25 Christmas, Saturday 26 Boxing Day with its substitute on Monday 28.
        assertThat(calendar.addWorkingDays(d(2026, 12, 24), 1)).isEqualTo(d(2026, 12, 29));
        assertThat(calendar.workingDaysBetween(d(2026, 12, 24), d(2026, 12, 29))).isEqualTo(1);
    }

    @Test
    void easterTakesOutFridayAndMonday() {
        // Thursday 2 April 2026, then Good Friday 3, the weekend and Easter Monday 6.
        assertThat(calendar.addWorkingDays(d(2026, 4, 2), 1)).isEqualTo(d(2026, 4, 7));
        assertThat(calendar.isWorkingDay(d(2026, 4, 3))).isFalse();
        assertThat(calendar.isWorkingDay(d(2026, 4, 6))).isFalse();
    }

    @Test
    void theOneOffDaysOf2022And2023AreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(d(2022, 6, 2))).isFalse();
        assertThat(calendar.isWorkingDay(d(2022, 6, 3))).isFalse();
        assertThat(calendar.isWorkingDay(d(2022, 9, 19))).isFalse();
        assertThat(calendar.isWorkingDay(d(2023, 5, 8))).isFalse();
        assertThat(calendar.isWorkingDay(d(2022, 5, 30))).as("the usual spring holiday moved that year").isTrue();
        // Wednesday 1 June 2022 + 1 working day skips the jubilee Thursday and Friday and the weekend.
        assertThat(calendar.addWorkingDays(d(2022, 6, 1), 1)).isEqualTo(d(2022, 6, 6));
    }

    @Test
    void fortyFiveWorkingDaysFromAReferralLandOnTheFortyFifthWorkingDay() {
        // Referral on Monday 5 January 2026: nine clear weeks of weekdays with no bank holiday.
        var due = calendar.addWorkingDays(d(2026, 1, 5), 45);
        assertThat(due).isEqualTo(d(2026, 3, 9));
        assertThat(calendar.workingDaysBetween(d(2026, 1, 5), due)).isEqualTo(45);
        assertThat(calendar.workingDaysBetween(d(2026, 1, 5), due.minusDays(1))).isEqualTo(44);
    }

    @Test
    void aLeapDayIsAnOrdinaryWorkingDay() {
        // Thursday 29 February 2024.
        assertThat(calendar.addWorkingDays(d(2024, 2, 28), 1)).isEqualTo(d(2024, 2, 29));
        assertThat(calendar.workingDaysBetween(d(2024, 2, 23), d(2024, 3, 1))).isEqualTo(5);
    }

    @Test
    void countingFromAWeekendStartsOnMonday() {
        assertThat(calendar.addWorkingDays(d(2026, 11, 21), 1)).isEqualTo(d(2026, 11, 23));
        assertThat(calendar.addWorkingDays(d(2026, 11, 21), 0)).isEqualTo(d(2026, 11, 21));
        assertThat(calendar.addWorkingDays(d(2026, 11, 23), -1)).isEqualTo(d(2026, 11, 20));
        assertThat(calendar.workingDaysBetween(d(2026, 11, 23), d(2026, 11, 20))).isEqualTo(-1);
    }

    @Test
    void futureYearsFollowTheRulesUntilAnAdministratorAddsADay() {
        // Christmas 2027 is a Saturday: Monday 27 and Tuesday 28 are bank holidays.
        assertThat(calendar.addWorkingDays(d(2027, 12, 24), 1)).isEqualTo(d(2027, 12, 29));

        TestStaff.signInAs(staff.create(Role.ADMINISTRATOR));
        assertThat(calendar.isWorkingDay(d(2031, 7, 15))).isTrue();
        holidays.add(new BankHolidayForm(DateParts.of(d(2031, 7, 15)), "One-off day for a test"));
        assertThat(calendar.isWorkingDay(d(2031, 7, 15))).isFalse();
        assertThat(calendar.bankHolidays(2031)).hasSize(9);
        assertThat(calendar.isWorkingDay(d(2031, 12, 25))).as("the rule days are kept once the year is edited").isFalse();

        holidays.remove(d(2031, 7, 15));
        assertThat(calendar.isWorkingDay(d(2031, 7, 15))).isTrue();
    }

    @Test
    void aBankHolidayCannotBeAddedOnAWeekendOrTwice() {
        TestStaff.signInAs(staff.create(Role.ADMINISTRATOR));
        assertThatThrownBy(() -> holidays.add(new BankHolidayForm(DateParts.of(d(2030, 3, 2)), "Saturday")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("weekday");
        assertThatThrownBy(() -> holidays.add(new BankHolidayForm(DateParts.of(d(2030, 12, 25)), "Again")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already a bank holiday");
    }
}
