package org.opencsc.timescales;

import java.time.LocalDate;
import java.util.List;
import org.opencsc.child.CaseEvent;
import org.opencsc.child.CaseEventKind;
import org.opencsc.child.CaseStatus;

/**
 * How often a manager must record oversight of a case: a local standard for a child on a child
 * protection plan or looked after, and another, usually longer, for every other open case. The
 * child's place on the journey on the day the clock starts chooses which, so a child who comes
 * onto a plan is overseen at the closer frequency from the next oversight on.
 */
final class OversightInterval implements VaryingTimescale {

    @Override
    public Timescale on(LocalStandards standards, CaseEventKind startedBy, LocalDate day, List<CaseEvent> soFar) {
        var status = CaseStatus.derive(soFar.stream().filter(event -> !event.date().isAfter(day)).toList());
        var closest = status == CaseStatus.CHILD_PROTECTION || status == CaseStatus.LOOKED_AFTER;
        return standards.get(closest ? LocalStandard.OVERSIGHT_PROTECTION_OR_CARE : LocalStandard.OVERSIGHT_CHILD_IN_NEED);
    }

    @Override
    public Timescale on(CaseEventKind startedBy, LocalDate day, List<CaseEvent> soFar) {
        return on(LocalStandards.defaults(), startedBy, day, soFar);
    }

    @Override
    public String describe() {
        return describe(LocalStandards.defaults());
    }

    @Override
    public String describe(LocalStandards standards) {
        return standards.get(LocalStandard.OVERSIGHT_PROTECTION_OR_CARE) + " for a child on a child protection plan or looked after; "
                + standards.get(LocalStandard.OVERSIGHT_CHILD_IN_NEED) + " for any other open case (local standards)";
    }
}
