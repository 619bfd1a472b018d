package org.opencsc.work;

import org.opencsc.child.CaseEventKind;
import org.opencsc.platform.Coded;

/** Why the child was visited; a visit where the child was seen stops that kind's visit clock. */
public enum VisitKind implements Coded {
    CP("Child protection visit", CaseEventKind.CP_VISIT),
    CIN("Child in need visit", CaseEventKind.CIN_VISIT),
    CLA("Statutory visit to a looked-after child", CaseEventKind.CARE_VISIT),
    ASSESSMENT("Assessment visit", null),
    OTHER("Other visit", null);

    private final String label;
    private final CaseEventKind seenEvent;

    VisitKind(String label, CaseEventKind seenEvent) {
        this.label = label;
        this.seenEvent = seenEvent;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String label() {
        return label;
    }

    /** The key event a visit of this kind puts on the journey when the child was seen, or null. */
    public CaseEventKind seenEvent() {
        return seenEvent;
    }
}
