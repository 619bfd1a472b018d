package org.opencsc.carers;

import java.time.LocalDate;

/** A review of a household's approval, whether it was held on time, and what it decided. */
public record HouseholdReview(long id, LocalDate reviewDate, LocalDate panelDate, ReviewOutcome outcome, String notes, LocalDate wasDueBy) {

    public boolean onTime() {
        return wasDueBy == null || ReviewSchedule.onTime(wasDueBy, reviewDate);
    }
}
