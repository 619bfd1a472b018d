package org.opencsc.timescales;

import static org.opencsc.child.CaseEventKind.CARE_REVIEW;
import static org.opencsc.child.CaseEventKind.LONG_TERM_PLACEMENT_AGREED;
import static org.opencsc.child.CaseEventKind.PLACEMENT_STARTED;
import static org.opencsc.child.CaseEventKind.TEMPORARY_PLACEMENT_STARTED;

import java.time.LocalDate;
import java.util.List;
import org.opencsc.child.CaseEvent;
import org.opencsc.child.CaseEventKind;

/**
 * How often a looked-after child must be visited where they live (Care Planning Regulations
 * 2010, regulation 28): within a week of a placement starting; then at most 6 weeks apart in
 * the placement's first year; after that at most 3 months apart if the placement has been
 * agreed as long-term (meant to last until the child is 18), otherwise still 6 weeks. A child
 * placed with a connected person under temporary approval, or with a parent under an interim
 * care order, is visited at least weekly until the first review after the placement started,
 * then at most 4 weeks apart.
 */
final class StatutoryVisitInterval implements VaryingTimescale {

    @Override
    public Timescale on(CaseEventKind startedBy, LocalDate day, List<CaseEvent> soFar) {
        if (startedBy == PLACEMENT_STARTED || startedBy == TEMPORARY_PLACEMENT_STARTED) {
            return Timescale.weeks(1);
        }
        var placed = VaryingTimescale.latest(soFar, day, PLACEMENT_STARTED, TEMPORARY_PLACEMENT_STARTED);
        if (placed == null) {
            return Timescale.weeks(6);
        }
        var temporary = placed.equals(VaryingTimescale.latest(soFar, day, TEMPORARY_PLACEMENT_STARTED))
                && !placed.equals(VaryingTimescale.latest(soFar, day, PLACEMENT_STARTED));
        if (temporary) {
            var reviewed = VaryingTimescale.latest(soFar, day, CARE_REVIEW);
            return reviewed != null && !reviewed.isBefore(placed) ? Timescale.weeks(4) : Timescale.weeks(1);
        }
        if (day.isBefore(placed.plusYears(1))) {
            return Timescale.weeks(6);
        }
        var longTerm = VaryingTimescale.latest(soFar, day, LONG_TERM_PLACEMENT_AGREED);
        return longTerm != null && !longTerm.isBefore(placed) ? Timescale.months(3) : Timescale.weeks(6);
    }

    @Override
    public String describe() {
        return "1 week after a placement starts; then 6 weeks in its first year; then 3 months if long-term, otherwise 6 weeks."
                + " Temporary connected-person and placed-with-parent placements: weekly until the first review, then 4 weeks";
    }
}
