package org.opencsc.adopters;

import java.time.LocalDate;

/**
 * One stage's clock: when it started, the day it is due to end by, when it ended (if it has),
 * and where it stands on a day.
 */
public record StageClock(LocalDate started, LocalDate due, LocalDate ended, Standing standing) {

    /** The clock of a stage that started on a day, due on another, ended or not; null when it has not started. */
    static StageClock of(LocalDate started, LocalDate due, LocalDate ended, LocalDate today) {
        return started == null ? null : new StageClock(started, due, ended, standing(due, ended, today));
    }

    static Standing standing(LocalDate due, LocalDate ended, LocalDate today) {
        if (ended != null) {
            return ended.isAfter(due) ? Standing.ENDED_LATE : Standing.ENDED_IN_TIME;
        }
        if (today.isAfter(due)) {
            return Standing.LATE;
        }
        return today.plusDays(AdopterTimescales.DUE_SOON_DAYS).isBefore(due) ? Standing.IN_TIME : Standing.DUE_SOON;
    }

    public boolean running() {
        return ended == null;
    }

    public enum Standing {
        IN_TIME("In time", "govuk-tag--blue"),
        DUE_SOON("Due within 2 weeks", "govuk-tag--yellow"),
        LATE("Late", "govuk-tag--red"),
        ENDED_IN_TIME("Ended in time", "govuk-tag--green"),
        ENDED_LATE("Ended late", "govuk-tag--orange");

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
