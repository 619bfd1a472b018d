package org.opencsc.child;

import java.util.EnumSet;
import java.util.List;

/**
 * Where a child is in their journey, derived from the key events on the record and never
 * typed in. Declared from the most to the least intensive: when several strands are open
 * (say a CP plan during an open referral) the most intensive is the status.
 */
public enum CaseStatus {
    LOOKED_AFTER("Looked after", "govuk-tag--red"),
    CHILD_PROTECTION("Child protection", "govuk-tag--orange"),
    CHILD_IN_NEED("Child in need", "govuk-tag--yellow"),
    ASSESSMENT("Assessment", "govuk-tag--blue"),
    REFERRAL("Referral", "govuk-tag--light-blue"),
    CARE_LEAVER("Care leaver", "govuk-tag--purple"),
    EARLY_HELP("Early help", "govuk-tag--green"),
    CLOSED("Closed", "govuk-tag--grey"),
    NOT_OPEN("Not open", "govuk-tag--grey");

    private final String label;
    private final String tagClass;

    CaseStatus(String label, String tagClass) {
        this.label = label;
        this.tagClass = tagClass;
    }

    public String label() {
        return label;
    }

    public String tagClass() {
        return tagClass;
    }

    /**
     * Replays the events in date order. A strand is open after an opening event until its
     * closing event. Closing a case (the end of the CIN episode) closes the referral and every
     * strand that depends on it (assessment, CIN plan, CP plan) but not care or early help,
     * which have their own ends.
     */
    public static CaseStatus derive(List<CaseEvent> eventsInDateOrder) {
        if (eventsInDateOrder.isEmpty()) {
            return NOT_OPEN;
        }
        var open = EnumSet.noneOf(CaseStatus.class);
        // Events of one day are taken in the order of the process, as the timescale rules take them.
        var ordered = eventsInDateOrder.stream()
                .sorted(java.util.Comparator.comparing(CaseEvent::date).thenComparing(CaseEvent::kind)).toList();
        for (var event : ordered) {
            var kind = event.kind();
            if (kind.strand() == null) {
                continue;
            }
            if (kind.opens()) {
                open.add(kind.strand());
                if (kind.strand() != EARLY_HELP && kind.strand() != CARE_LEAVER && kind.strand() != LOOKED_AFTER) {
                    open.add(REFERRAL);
                }
            } else if (kind == CaseEventKind.CASE_CLOSED) {
                open.removeAll(EnumSet.of(REFERRAL, ASSESSMENT, CHILD_IN_NEED, CHILD_PROTECTION));
            } else {
                open.remove(kind.strand());
            }
        }
        return open.stream().findFirst().orElse(CLOSED);
    }
}
