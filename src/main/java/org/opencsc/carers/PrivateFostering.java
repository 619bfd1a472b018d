package org.opencsc.carers;

import java.time.LocalDate;
import java.util.List;

/**
 * A privately fostered child's arrangement, with the visits made and the day the next is due by
 * (the first within 7 working days of the notification or the start, whichever is later:
 * {@code firstVisitDue}).
 */
public record PrivateFostering(long id, long personId, String carer, String address, String postcode, LocalDate notificationDate,
                               LocalDate start, LocalDate end, List<Visit> visits, LocalDate firstVisitDue) {

    public record Visit(long id, LocalDate visitDate, boolean childSeen, boolean seenAlone, String notes) {
    }

    public boolean open() {
        return end == null;
    }

    public LocalDate nextVisitDue() {
        return PrivateFosteringVisits.nextDue(start, end, firstVisitDue, visits.stream().filter(Visit::childSeen).map(Visit::visitDate).toList());
    }

    /** The same arrangement with the day its first visit is due, as the working-day calendar counts it. */
    PrivateFostering withFirstVisitDue(LocalDate due) {
        return new PrivateFostering(id, personId, carer, address, postcode, notificationDate, start, end, visits, due);
    }

    public boolean visitOverdue(LocalDate today) {
        return PrivateFosteringVisits.overdue(nextVisitDue(), today);
    }
}
