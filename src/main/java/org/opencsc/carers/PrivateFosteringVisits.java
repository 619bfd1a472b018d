package org.opencsc.carers;

import java.time.LocalDate;
import java.util.List;

/**
 * How often a privately fostered child must be visited (Children (Private Arrangements for
 * Fostering) Regulations 2005, regulation 8): at most 6 weeks apart in the arrangement's first
 * year, then at most 12 weeks apart. Only a visit where the child was seen counts. The first
 * visit is counted from the start of the arrangement.
 */
public final class PrivateFosteringVisits {

    public static final int FIRST_YEAR_WEEKS = 6;
    public static final int LATER_WEEKS = 12;

    private PrivateFosteringVisits() {
    }

    /** The day the next visit is due by, given the days the child was seen; null once the arrangement has ended. */
    public static LocalDate nextDue(LocalDate start, LocalDate end, List<LocalDate> seen) {
        if (end != null) {
            return null;
        }
        var last = seen.stream().filter(day -> !day.isBefore(start)).max(LocalDate::compareTo).orElse(start);
        return last.plusWeeks(inFirstYear(start, last) ? FIRST_YEAR_WEEKS : LATER_WEEKS);
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
