package org.opencsc.carers;

import java.time.LocalDate;
import java.util.List;

/**
 * How often a privately fostered child must be visited (Children (Private Arrangements for
 * Fostering) Regulations 2005, regulation 8): at most 6 weeks apart in the arrangement's first
 * year, then at most 12 weeks apart. Only a visit where the child was seen counts. The first
 * visit is due within 7 working days of the council being notified (regulation 7), which the
 * caller works out with the working-day calendar.
 */
public final class PrivateFosteringVisits {

    public static final int FIRST_YEAR_WEEKS = 6;
    public static final int LATER_WEEKS = 12;

    private PrivateFosteringVisits() {
    }

    /** Working days from the notification to the first visit. */
    public static final int FIRST_VISIT_WORKING_DAYS = 7;

    /**
     * The day the next visit is due by, given the day the first visit is due (7 working days after
     * the notification) and the days the child was seen; null once the arrangement has ended.
     */
    public static LocalDate nextDue(LocalDate start, LocalDate end, LocalDate firstVisitDue, List<LocalDate> seen) {
        if (end != null) {
            return null;
        }
        var last = seen.stream().max(LocalDate::compareTo);
        return last.map(day -> day.plusWeeks(inFirstYear(start, day) ? FIRST_YEAR_WEEKS : LATER_WEEKS)).orElse(firstVisitDue);
    }

    /** Whether a day is in the arrangement's first year (before its first anniversary). */
    public static boolean inFirstYear(LocalDate start, LocalDate day) {
        return day.isBefore(start.plusYears(1));
    }

    /** Whether a visit is overdue today. */
    public static boolean overdue(LocalDate due, LocalDate today) {
        return due != null && today.isAfter(due);
    }
}
