package org.opencsc.carers;

import java.time.LocalDate;
import java.util.List;

/**
 * When a carer household's approval must next be reviewed: the first review within a year of
 * approval, then within a year of the last review. "Within a year" ends on the same date a year
 * later (a review that day is on time, the next day it is late); a year after 29 February is
 * 28 February, the last day that is still within the year.
 */
public final class ReviewSchedule {

    /** How long before the due date a review shows on the fostering team's list as coming up. */
    public static final int DUE_SOON_DAYS = 56;

    private ReviewSchedule() {
    }

    /** The day the next review is due by, from the approval and the reviews held (any order); null when not approved. */
    public static LocalDate nextDue(LocalDate approved, List<LocalDate> reviews) {
        if (approved == null) {
            return null;
        }
        var last = reviews.stream().filter(day -> !day.isBefore(approved)).max(LocalDate::compareTo).orElse(approved);
        return last.plusYears(1);
    }

    /** Whether a review held on a day was on time: on or before the day it was due by. */
    public static boolean onTime(LocalDate due, LocalDate held) {
        return !held.isAfter(due);
    }

    /** Where a household's next review stands today. */
    public static Standing standing(LocalDate due, LocalDate today) {
        if (due == null) {
            return Standing.NOT_DUE;
        }
        if (today.isAfter(due)) {
            return Standing.LATE;
        }
        return today.plusDays(DUE_SOON_DAYS).isBefore(due) ? Standing.NOT_DUE : Standing.DUE_SOON;
    }

    public enum Standing {
        NOT_DUE("Not due yet", "govuk-tag--grey"),
        DUE_SOON("Due soon", "govuk-tag--yellow"),
        LATE("Late", "govuk-tag--red");

        private final String label;
        private final String tagClass;

        Standing(String label, String tagClass) {
            this.label = label;
            this.tagClass = tagClass;
        }

        public String label() {
            return label;
        }

        public String tagClass() {
            return tagClass;
        }
    }
}
