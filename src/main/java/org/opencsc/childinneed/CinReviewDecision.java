package org.opencsc.childinneed;

import org.opencsc.platform.Coded;

/** What a child in need plan review decided. */
public enum CinReviewDecision implements Coded {
    CONTINUE("Continue the plan"),
    STEP_DOWN("End the plan: needs met or step down to early help"),
    STEP_UP("Step up: strategy discussion");

    private final String label;

    CinReviewDecision(String label) {
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
