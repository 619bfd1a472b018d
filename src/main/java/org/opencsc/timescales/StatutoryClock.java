package org.opencsc.timescales;

import java.time.LocalDate;

/** One run of a statutory clock for a child: started, due, and met (null while it runs). */
public record StatutoryClock(long personId, StatutoryRule rule, LocalDate startedOn, LocalDate dueOn, LocalDate metOn) {

    public boolean running() {
        return metOn == null;
    }

    /** Running past its due date on the given day; the due day itself is still on time. */
    public boolean overdueOn(LocalDate today) {
        return running() && today.isAfter(dueOn);
    }

    /** Met after its due date. */
    public boolean metLate() {
        return metOn != null && metOn.isAfter(dueOn);
    }

    /** How the clock stands on the day, in the words of a list: overdue (and by how long), due within a week, or on time. */
    public String standing(LocalDate today) {
        if (overdueOn(today)) {
            var days = daysOverdue(today);
            return "Overdue " + days + (days == 1 ? " day" : " days");
        }
        return dueOn.isAfter(today.plusDays(7)) ? "On time" : "Due soon";
    }

    /** The GOV.UK tag colour for {@link #standing}. */
    public String standingTag(LocalDate today) {
        return overdueOn(today) ? "govuk-tag--red" : dueOn.isAfter(today.plusDays(7)) ? "govuk-tag--green" : "govuk-tag--yellow";
    }

    public long daysOverdue(LocalDate today) {
        return overdueOn(today) ? java.time.temporal.ChronoUnit.DAYS.between(dueOn, today) : 0;
    }
}
