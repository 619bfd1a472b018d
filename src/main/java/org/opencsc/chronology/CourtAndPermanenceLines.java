package org.opencsc.chronology;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.opencsc.courts.CareProceedingsService;
import org.opencsc.courts.PreProceedingsService;
import org.opencsc.permanence.AdoptionService;
import org.opencsc.permanence.PermanenceOrderService;
import org.springframework.stereotype.Component;

/**
 * Pre-proceedings and care proceedings (issue, hearings, orders, conclusion), the adoption
 * milestones from the decision to the order, and special guardianship and child arrangements
 * orders.
 */
@Component
class CourtAndPermanenceLines implements RecordLines {

    private final PreProceedingsService preProceedings;
    private final CareProceedingsService proceedings;
    private final AdoptionService adoption;
    private final PermanenceOrderService orders;

    CourtAndPermanenceLines(PreProceedingsService preProceedings, CareProceedingsService proceedings, AdoptionService adoption,
                            PermanenceOrderService orders) {
        this.preProceedings = preProceedings;
        this.proceedings = proceedings;
        this.adoption = adoption;
        this.orders = orders;
    }

    @Override
    public Set<String> describes() {
        return Set.of();
    }

    @Override
    public List<ChronologyLine> linesFor(KeyEvents key) {
        var lines = new ArrayList<ChronologyLine>();
        var court = key.page("court");
        for (var pre : preProceedings.forPerson(key.personId())) {
            add(lines, pre.gatewayDate(), Strand.COURT, "Legal gateway meeting: pre-proceedings agreed", "", court);
            add(lines, pre.letterDate(), Strand.COURT, "Letter before proceedings sent", "", court);
            for (var meeting : pre.meetings()) {
                add(lines, meeting.meetingDate(), Strand.COURT, "Pre-proceedings meeting",
                        meeting.parentsRepresented() ? "Parents legally represented" : "Parents not represented", court);
            }
            add(lines, pre.endDate(), Strand.COURT, "Pre-proceedings ended", pre.decision() == null ? "" : pre.decision().label(), court);
        }
        for (var application : proceedings.forPerson(key.personId())) {
            add(lines, application.issuedDate(), Strand.COURT, "Proceedings issued", application.kind().label() + "; " + application.court(), court);
            for (var hearing : application.hearings()) {
                add(lines, hearing.hearingDate(), Strand.COURT, hearing.kind().label(), Summaries.oneLine(hearing.outcome()), court);
            }
            for (var extension : application.extensions()) {
                add(lines, extension.grantedDate(), Strand.COURT, "Timetable extended", extension.weeks() + " weeks: " + Summaries.oneLine(extension.reason()), court);
            }
            for (var order : application.orders()) {
                add(lines, order.orderDate(), Strand.COURT, "Order made", order.kind().label(), court);
            }
            add(lines, application.concludedDate(), Strand.COURT, "Proceedings concluded", "", court);
        }
        var permanence = key.page("permanence");
        for (var plan : adoption.plansOf(key.personId())) {
            add(lines, plan.decisionDate(), Strand.PERMANENCE, "Decision that the child should be placed for adoption", "", permanence);
            add(lines, plan.authorityDate(), Strand.PERMANENCE, "Authority to place for adoption",
                    plan.authorityToPlace() == null ? "" : plan.authorityToPlace().label(), permanence);
            add(lines, plan.matchDate(), Strand.PERMANENCE, "Matched with adopters", "", permanence);
            add(lines, plan.placedDate(), Strand.PERMANENCE, "Placed for adoption",
                    Boolean.TRUE.equals(plan.fosterCarerAdoption()) ? "Adopted by the foster carers" : "", permanence);
            add(lines, plan.orderDate(), Strand.PERMANENCE, "Adoption order made", "", permanence);
            add(lines, plan.ceasedDate(), Strand.PERMANENCE, "No longer placed for adoption",
                    plan.ceasedReason() == null ? "" : plan.ceasedReason().label(), permanence);
        }
        for (var order : orders.ordersOf(key.personId())) {
            add(lines, order.orderDate(), Strand.PERMANENCE, order.kind().label(), "", permanence);
        }
        return lines;
    }

    /** A line for a milestone that has happened; one not reached yet (no date) gives none. */
    private static void add(List<ChronologyLine> lines, java.time.LocalDate date, Strand strand, String event, String summary, String page) {
        if (date != null) {
            lines.add(ChronologyLine.generated(date, strand, event, summary, "", page));
        }
    }
}
