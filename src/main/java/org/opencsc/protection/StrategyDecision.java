package org.opencsc.protection;

import org.opencsc.platform.Coded;

/** What a strategy discussion decided. */
public enum StrategyDecision implements Coded {
    SECTION_47("Start a section 47 enquiry"),
    NO_SECTION_47("No section 47 enquiry: continue the assessment");

    private final String label;

    StrategyDecision(String label) {
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
