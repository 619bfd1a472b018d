package org.opencsc.care;

import java.time.LocalDate;
import java.util.List;
import org.opencsc.platform.FieldProblems;

/**
 * Health assessments, dental checks, SDQs and PEPs are the local authority's duties to a child it
 * looks after, and their clocks start when the child becomes looked after: one dated outside
 * every period of care would start or stop a clock that was never running, so it is refused with
 * the period's dates in the message.
 */
final class WhileLookedAfter {

    private WhileLookedAfter() {
    }

    static void check(FieldProblems problems, String field, String label, LocalDate date, List<CarePeriod> periods) {
        if (date == null || problems.has(field)) {
            return;
        }
        if (periods.isEmpty()) {
            problems.add(field, label + " (" + FieldProblems.spoken(date) + "): the child has not been looked after; record the period of care first");
            return;
        }
        CarePeriod before = null;
        for (var period : periods) {
            if (date.isBefore(period.startDate())) {
                problems.notBefore(field, label, date, "the day the child became looked after", period.startDate());
                return;
            }
            if (period.open() || !date.isAfter(period.endDate())) {
                return;
            }
            before = period;
        }
        problems.add(field, label + " (" + FieldProblems.spoken(date) + ") must not be after the child ceased to be looked after ("
                + FieldProblems.spoken(before.endDate()) + ")");
    }
}
