package org.opencsc.leavingcare;

import org.opencsc.platform.Coded;

/** Whether the council is in touch with the care leaver around their birthday (SSDA903 OC3 IN_TOUCH). */
public enum InTouch implements Coded {
    YES("YES", "In touch"),
    NO("NO", "Not in touch"),
    DIED("DIED", "The young person has died"),
    REFU("REFU", "The young person refuses contact"),
    NREQ("NREQ", "The young person no longer needs services"),
    RHOM("RHOM", "Returned home to parents or others with parental responsibility for at least 6 months");

    private final String code;
    private final String label;

    InTouch(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    /** Whether activity and accommodation can be known (they are "0" otherwise). */
    boolean inTouch() {
        return this == YES;
    }
}
