package org.opencsc.courts;

import org.opencsc.platform.Coded;

/**
 * What the local authority applies to the family court for. Only care and supervision
 * applications run against the 26-week time limit (Children Act 1989 s32(1)(a)(ii)).
 */
public enum ApplicationKind implements Coded {
    CARE_ORDER("Care order (Children Act 1989 s31)", true),
    SUPERVISION_ORDER("Supervision order (Children Act 1989 s31)", true),
    EMERGENCY_PROTECTION_ORDER("Emergency protection order (Children Act 1989 s44)", false),
    PLACEMENT_ORDER("Placement order (Adoption and Children Act 2002 s22)", false);

    private final String label;
    private final boolean timeLimited;

    ApplicationKind(String label, boolean timeLimited) {
        this.label = label;
        this.timeLimited = timeLimited;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String label() {
        return label;
    }

    /** The order applied for, as a sentence names it: "care order". */
    public String orderNamed() {
        return label.replaceAll(" \\(.*\\)", "").toLowerCase(java.util.Locale.UK);
    }

    /** Whether the application must be decided within 26 weeks of issue, unless the court extends it. */
    public boolean timeLimited() {
        return timeLimited;
    }
}
