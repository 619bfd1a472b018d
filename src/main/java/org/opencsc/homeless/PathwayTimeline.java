package org.opencsc.homeless;

import java.time.LocalDate;
import java.time.LocalTime;
import org.opencsc.timescales.Timescale;
import org.opencsc.timescales.WorkingDayCalendar;

/**
 * The pathway's own clock, counted from the referral to children's services: the young person is
 * seen the same working day, and the joint assessment is due a number of working days later that
 * the council sets (the local standard, 45 working days at most). Due on the day is on time; the
 * day after is late.
 *
 * @param seenBy             the working day the young person must be seen by
 * @param assessmentDue      the working day the joint assessment is due
 * @param workingDaysElapsed working days from the referral to the assessment's completion, or to today while it runs
 * @param standing           how the assessment stands against its due date, as the pages word it
 */
public record PathwayTimeline(LocalDate seenBy, LocalDate assessmentDue, int workingDaysElapsed, boolean seenLate, boolean assessmentLate,
                              boolean assessmentDone, String standing) {

    /**
     * Office hours end at five: a young person who presents to children's services later in the
     * day is housed that night by the out-of-hours service and seen on the next working day.
     */
    static final LocalTime OFFICE_CLOSES = LocalTime.of(17, 0);

    public static PathwayTimeline of(HomelessPathway pathway, Timescale assessmentWithin, WorkingDayCalendar calendar, LocalDate today) {
        var referred = pathway.referredDate();
        var seenBy = seenBy(pathway, calendar);
        var due = assessmentWithin.dueFrom(referred, calendar);
        var completed = pathway.assessmentCompleted();
        var until = completed != null ? completed : today;
        var seenLate = pathway.seenDate() != null ? pathway.seenDate().isAfter(seenBy) : today.isAfter(seenBy);
        var late = until.isAfter(due);
        return new PathwayTimeline(seenBy, due, Math.max(0, calendar.workingDaysBetween(referred, until)), seenLate, late, completed != null,
                standing(completed != null, late, due, today, calendar));
    }

    private static LocalDate seenBy(HomelessPathway pathway, WorkingDayCalendar calendar) {
        var referred = pathway.referredDate();
        var afterHours = referred.equals(pathway.presentedDate()) && !pathway.presentedTime().isBefore(OFFICE_CLOSES);
        return calendar.isWorkingDay(referred) && !afterHours ? referred : calendar.addWorkingDays(referred, 1);
    }

    private static String standing(boolean done, boolean late, LocalDate due, LocalDate today, WorkingDayCalendar calendar) {
        if (done) {
            return late ? "Completed late" : "Completed on time";
        }
        if (late) {
            return "Late by " + days(calendar.workingDaysBetween(due, today));
        }
        return today.equals(due) ? "Due today" : "Due in " + days(calendar.workingDaysBetween(today, due));
    }

    public String standingTag() {
        return assessmentLate ? "govuk-tag--red" : assessmentDone ? "govuk-tag--green" : "govuk-tag--blue";
    }

    private static String days(int workingDays) {
        return workingDays + (workingDays == 1 ? " working day" : " working days");
    }
}
