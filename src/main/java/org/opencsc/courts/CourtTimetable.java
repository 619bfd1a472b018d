package org.opencsc.courts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import org.opencsc.timescales.LocalStandard;
import org.opencsc.timescales.LocalStandards;
import org.opencsc.timescales.WorkingDayCalendar;

/**
 * The court timetable and the pre-proceedings timetable. The 26-week limit is the court's own,
 * moved by the extensions it grants, so it is computed here from the application and its
 * extensions rather than by the journey's rule table (see docs/architecture.md); the
 * pre-proceedings timescales are the council's local standards.
 */
public final class CourtTimetable {

    /** Children Act 1989 s32(1)(a)(ii): proceedings are to be completed within 26 weeks of the day the application was issued. */
    public static final int TIME_LIMIT_WEEKS = 26;
    /** Children Act 1989 s32(8): each extension is of up to 8 weeks. */
    public static final int LONGEST_EXTENSION_WEEKS = 8;

    private CourtTimetable() {
    }

    /** The day proceedings must be completed by: 26 weeks from issue, plus every extension granted. */
    public static LocalDate dueDate(LocalDate issued, Collection<Integer> extensionWeeks) {
        return issued.plusWeeks(TIME_LIMIT_WEEKS + extensionWeeks.stream().mapToInt(Integer::intValue).sum());
    }

    /** Completed on time when the final order is made on or before the due date. */
    public static boolean onTime(LocalDate due, LocalDate concluded) {
        return !concluded.isAfter(due);
    }

    /** Whole weeks from one day to another. */
    public static long weeksBetween(LocalDate from, LocalDate to) {
        return ChronoUnit.WEEKS.between(from, to);
    }

    /** The day pre-proceedings should have ended by, from the letter before proceedings. */
    public static LocalDate preProceedingsTarget(LocalDate letter, LocalStandards standards, WorkingDayCalendar calendar) {
        return standards.get(LocalStandard.PRE_PROCEEDINGS_DURATION).dueFrom(letter, calendar);
    }

    /** The day the first pre-proceedings meeting should be held by, from the letter before proceedings. */
    public static LocalDate firstMeetingDue(LocalDate letter, LocalStandards standards, WorkingDayCalendar calendar) {
        return standards.get(LocalStandard.FIRST_PRE_PROCEEDINGS_MEETING).dueFrom(letter, calendar);
    }
}
