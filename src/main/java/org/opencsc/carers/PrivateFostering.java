package org.opencsc.carers;

import java.time.LocalDate;
import java.util.List;

/** A privately fostered child's arrangement, with the visits made and the day the next is due by. */
public record PrivateFostering(long id, long personId, String carer, String address, String postcode, LocalDate notificationDate,
                               LocalDate start, LocalDate end, List<Visit> visits) {

    public record Visit(long id, LocalDate visitDate, boolean childSeen, boolean seenAlone, String notes) {
    }

    public boolean open() {
        return end == null;
    }

    public LocalDate nextVisitDue() {
        return PrivateFosteringVisits.nextDue(start, end, visits.stream().filter(Visit::childSeen).map(Visit::visitDate).toList());
    }

    public boolean visitOverdue(LocalDate today) {
        return PrivateFosteringVisits.overdue(nextVisitDue(), today);
    }
}
