package org.opencsc.courts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.timescales.LocalStandard;
import org.opencsc.timescales.LocalStandards;
import org.opencsc.timescales.Timescale;

/** The 26-week court timetable and the pre-proceedings target on dated examples. */
class CourtTimetableTest {

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void anApplicationIssuedOnAMondayIsDueOnTheMonday26WeeksLater() {
        var issued = day("2026-03-02");
        assertThat(issued.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(CourtTimetable.dueDate(issued, List.of())).isEqualTo(day("2026-08-31")).matches(d -> d.getDayOfWeek() == DayOfWeek.MONDAY);
    }

    @Test
    void eachExtensionMovesTheDueDateByItsWeeks() {
        var issued = day("2026-03-02");
        assertThat(CourtTimetable.dueDate(issued, List.of(8))).isEqualTo(day("2026-10-26"));
        assertThat(CourtTimetable.dueDate(issued, List.of(8, 8))).isEqualTo(day("2026-12-21"));
        assertThat(CourtTimetable.dueDate(issued, List.of(8, 3))).isEqualTo(day("2026-11-16"));
    }

    @Test
    void aFinalOrderOnTheDueDateIsOnTimeAndTheDayAfterIsLate() {
        var due = CourtTimetable.dueDate(day("2026-03-02"), List.of());
        assertThat(CourtTimetable.onTime(due, day("2026-08-31"))).isTrue();
        assertThat(CourtTimetable.onTime(due, day("2026-09-01"))).isFalse();
    }

    @Test
    void twentySixWeeksAcrossALeapDayAreStill182Days() {
        var issued = day("2028-01-17");
        assertThat(CourtTimetable.dueDate(issued, List.of())).isEqualTo(day("2028-07-17"));
        assertThat(CourtTimetable.weeksBetween(issued, day("2028-07-16"))).isEqualTo(25);
        assertThat(CourtTimetable.weeksBetween(issued, day("2028-07-17"))).isEqualTo(26);
    }

    @Test
    void preProceedingsShouldEnd16WeeksAfterTheLetterUnlessTheCouncilSetsAnotherStandard() {
        var letter = day("2026-02-04");
        assertThat(CourtTimetable.preProceedingsTarget(letter, LocalStandards.defaults(), null)).isEqualTo(day("2026-05-27"));
        var twelve = LocalStandards.defaults().with(LocalStandard.PRE_PROCEEDINGS_DURATION, Timescale.weeks(12));
        assertThat(CourtTimetable.preProceedingsTarget(letter, twelve, null)).isEqualTo(day("2026-04-29"));
    }

    @Test
    void theMedianOfWeeksTakenIsTheMiddleOrTheMeanOfTheTwoMiddles() {
        assertThat(CourtTrackers.median(List.of(30L, 20L, 26L))).isEqualTo(26.0);
        assertThat(CourtTrackers.median(List.of(30L, 20L, 26L, 40L))).isEqualTo(28.0);
        assertThat(CourtTrackers.median(List.of())).isNull();
    }
}
