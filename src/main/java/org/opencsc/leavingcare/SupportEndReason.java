package org.opencsc.leavingcare;

import org.opencsc.platform.Coded;

/** Why leaving care support ended. */
public enum SupportEndReason implements Coded {
    AGE("AGE", "Reached the age support ends (21, or 25 if asked for)"),
    DECLINED("DECLINED", "No longer wants support"),
    MOVED("MOVED", "Moved to another council's area for good"),
    DIED("DIED", "Died");

    private final String code;
    private final String label;

    SupportEndReason(String code, String label) {
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
}
