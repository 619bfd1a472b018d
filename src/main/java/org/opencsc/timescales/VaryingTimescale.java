package org.opencsc.timescales;

import java.time.LocalDate;
import java.util.List;
import org.opencsc.child.CaseEvent;
import org.opencsc.child.CaseEventKind;

/**
 * A timescale whose length depends on where the child is, read from their key events so far:
 * the second review of a looked-after child is due 3 months after the first, later ones 6
 * months after the last; a statutory visit is due within a week of a placement starting and then
 * 6-weekly, 3-monthly or weekly by the kind of placement.
 */
interface VaryingTimescale {

    /**
     * The timescale of a clock that the event {@code startedBy} starts on {@code day};
     * {@code soFar} holds the child's events up to and including that day, in date order.
     */
    Timescale on(CaseEventKind startedBy, LocalDate day, List<CaseEvent> soFar);

    /** The same for a timescale that follows the council's local standards; most do not. */
    default Timescale on(LocalStandards standards, CaseEventKind startedBy, LocalDate day, List<CaseEvent> soFar) {
        return on(startedBy, day, soFar);
    }

    /** What the page of rules says about the period, in place of a single number. */
    String describe();

    /** The same with the local standards as they stand, for a timescale that follows them. */
    default String describe(LocalStandards standards) {
        return describe();
    }

    /** The latest day an event of one of these kinds happened on or before {@code day}, or null. */
    static LocalDate latest(List<CaseEvent> soFar, LocalDate day, CaseEventKind... kinds) {
        LocalDate found = null;
        for (var event : soFar) {
            if (event.date().isAfter(day)) {
                break;
            }
            for (var kind : kinds) {
                if (event.kind() == kind && (found == null || event.date().isAfter(found))) {
                    found = event.date();
                }
            }
        }
        return found;
    }
}
