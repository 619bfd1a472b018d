package org.opencsc.courts;

import org.opencsc.platform.Coded;

/** How pre-proceedings end: stepped down to a plan, or care proceedings issued. While the work goes on (the review meetings decide to continue) there is no decision yet. */
public enum PreProceedingsDecision implements Coded {
    STEP_DOWN_CP("Step down to a child protection plan"),
    STEP_DOWN_CIN("Step down to a child in need plan"),
    ISSUE("Issue care proceedings");

    private final String label;

    PreProceedingsDecision(String label) {
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
