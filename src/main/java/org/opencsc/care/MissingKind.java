package org.opencsc.care;

import org.opencsc.platform.Coded;

/** Whether the child was missing or away (SSDA903 Missing: M or A). */
public enum MissingKind implements Coded {
    M("M", "Missing: whereabouts not known"),
    A("A", "Away: whereabouts known but not where they should be");

    private final String code;
    private final String label;

    MissingKind(String code, String label) {
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
