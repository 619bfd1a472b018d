package org.opencsc.courts;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An application to the family court about a child: issued on a day in a court with a case
 * number, its hearings, the extensions the court granted to the 26-week timetable, and the orders
 * made, the last of which concludes it.
 */
public record CareProceedings(long id, long personId, ApplicationKind kind, LocalDate issuedDate, String court, String caseNumber,
                              Long preProceedingsId, LocalDate concludedDate, int version, List<Hearing> hearings, List<Extension> extensions,
                              List<CourtOrder> orders) {

    public CareProceedings {
        hearings = List.copyOf(hearings);
        extensions = List.copyOf(extensions);
        orders = List.copyOf(orders);
    }

    /** A hearing listed or held; the outcome is recorded once it has been held. */
    public record Hearing(long id, HearingKind kind, LocalDate hearingDate, String outcome) {
    }

    /** An extension of the timetable granted by the court (Children Act 1989 s32(5)). */
    public record Extension(long id, LocalDate grantedDate, int weeks, String reason) {
    }

    public record CourtOrder(long id, OrderKind kind, LocalDate orderDate) {
    }

    public boolean open() {
        return concludedDate == null;
    }

    /** The day the proceedings must be completed by, or null for an application without the 26-week limit. */
    public LocalDate dueDate() {
        return kind.timeLimited() ? CourtTimetable.dueDate(issuedDate, extensions.stream().map(Extension::weeks).toList()) : null;
    }

    /** Whole weeks from issue to the final order, or to today while open. */
    public long weeks(LocalDate today) {
        return CourtTimetable.weeksBetween(issuedDate, open() ? today : concludedDate);
    }

    /** Concluded on or before the due date; null while open or without a time limit. */
    public Boolean onTime() {
        return open() || dueDate() == null ? null : CourtTimetable.onTime(dueDate(), concludedDate);
    }

    /** Open past the due date, or concluded after it. */
    public boolean late(LocalDate today) {
        return dueDate() != null && (open() ? today : concludedDate).isAfter(dueDate());
    }

    public Optional<CourtOrder> finalOrder() {
        return orders.stream().filter(o -> o.kind().concludes()).findFirst();
    }

    /** The order in force: the final one, or else the latest interim order. */
    public Optional<CourtOrder> orderInForce() {
        return finalOrder().or(() -> orders.stream().reduce((a, b) -> b));
    }

    public Optional<Hearing> nextHearing(LocalDate today) {
        return hearings.stream().filter(h -> !h.hearingDate().isBefore(today)).findFirst();
    }
}
