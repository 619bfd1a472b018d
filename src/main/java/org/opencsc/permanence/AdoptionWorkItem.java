package org.opencsc.permanence;

import org.opencsc.child.CaseloadEntry;

/** A child whose adoption is in progress, on the adoption team's list: how long they have been in care and waiting for a match. */
public record AdoptionWorkItem(CaseloadEntry child, AdoptionPlan plan, AdoptionMeasures measures, Long daysInCare, Long daysWaitingForMatch) {

    /** Waiting longer for a match than the scorecard's A2 threshold allows. */
    public boolean matchOverdue() {
        return daysWaitingForMatch != null && daysWaitingForMatch > AdoptionMeasures.A2_THRESHOLD;
    }
}
