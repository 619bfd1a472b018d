package org.opencsc.timescales;

import static org.opencsc.child.CaseEventKind.BECAME_LOOKED_AFTER;
import static org.opencsc.child.CaseEventKind.CARE_REVIEW;

import java.time.LocalDate;
import java.util.List;
import org.opencsc.child.CaseEvent;
import org.opencsc.child.CaseEventKind;

/**
 * The Care Planning Regulations 2010, regulation 33: the second review of a looked-after child
 * within 3 months of the first, and each later one within 6 months of the one before. The first
 * review of a period of care is the first one on or after the day the child became looked after.
 */
final class CareReviewInterval implements VaryingTimescale {

    @Override
    public Timescale on(CaseEventKind startedBy, LocalDate day, List<CaseEvent> soFar) {
        var periodStart = VaryingTimescale.latest(soFar, day, BECAME_LOOKED_AFTER);
        var reviewsInPeriod = soFar.stream()
                .filter(e -> e.kind() == CARE_REVIEW && !e.date().isAfter(day) && (periodStart == null || !e.date().isBefore(periodStart)))
                .count();
        return reviewsInPeriod <= 1 ? Timescale.months(3) : Timescale.months(6);
    }

    @Override
    public String describe() {
        return "3 months after the first review, then 6 months";
    }
}
