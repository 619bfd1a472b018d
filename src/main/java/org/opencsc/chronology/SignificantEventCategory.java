package org.opencsc.chronology;

import org.opencsc.platform.Coded;

/** What kind of significant event a worker adds by hand: the parts of a child's life the record does not otherwise hold. */
public enum SignificantEventCategory implements Coded {
    FAMILY("Family"),
    HEALTH("Health"),
    EDUCATION("Education"),
    POLICE("Police"),
    MOVE("Move or change of home"),
    OTHER("Other");

    private final String label;

    SignificantEventCategory(String label) {
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
