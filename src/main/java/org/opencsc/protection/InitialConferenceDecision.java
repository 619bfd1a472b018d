package org.opencsc.protection;

import org.opencsc.platform.Coded;

/** What an initial child protection conference decided. */
public enum InitialConferenceDecision implements Coded {
    PLAN("Child protection plan"),
    NO_PLAN("No child protection plan");

    private final String label;

    InitialConferenceDecision(String label) {
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
