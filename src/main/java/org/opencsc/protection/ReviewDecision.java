package org.opencsc.protection;

import org.opencsc.platform.Coded;

/** What a review child protection conference decided. */
public enum ReviewDecision implements Coded {
    CONTINUE("Continue the plan"),
    END("End the plan");

    private final String label;

    ReviewDecision(String label) {
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
