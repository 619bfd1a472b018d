package org.opencsc.assessment;

import org.opencsc.platform.Coded;

/** What the assessment concluded, and so which step the forms offer next. */
public enum AssessmentOutcome implements Coded {
    NO_FURTHER_ACTION("No further action: close the case"),
    EARLY_HELP("Step down to early help: close the case"),
    CIN_PLAN("Child in need plan"),
    STRATEGY_DISCUSSION("Strategy discussion (possible significant harm)"),
    CONTINUE_EXISTING_PLAN("Continue the existing plan");

    private final String label;

    AssessmentOutcome(String label) {
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
