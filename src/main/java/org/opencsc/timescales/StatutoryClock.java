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

    public long daysOverdue(LocalDate today) {
        return overdueOn(today) ? java.time.temporal.ChronoUnit.DAYS.between(dueOn, today) : 0;
    }
}
