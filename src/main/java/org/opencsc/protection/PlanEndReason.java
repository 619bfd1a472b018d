package org.opencsc.protection;

import org.opencsc.platform.Coded;

/** Why a child protection plan ended. */
public enum PlanEndReason implements Coded {
    NO_LONGER_AT_RISK("No longer at risk of significant harm: step down to child in need"),
    LOOKED_AFTER("Became looked after"),
    MOVED_AWAY("Moved to another local authority"),
    REACHED_18("Reached 18"),
    DIED("Died"),
    OTHER("Other");

    private final String label;

    PlanEndReason(String label) {
        this.label = label;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String label() {
        return label;
    }
}
