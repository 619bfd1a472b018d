package org.opencsc.oversight;

import org.opencsc.platform.Coded;

/** The manager's judgement of whether the child's plan is making a difference. */
public enum PlanProgress implements Coded {
    YES("Yes, progressing", "govuk-tag--green"),
    PARTLY("Partly progressing", "govuk-tag--yellow"),
    NO("Not progressing", "govuk-tag--red");

    private final String label;
    private final String tagClass;

    PlanProgress(String label, String tagClass) {
        this.label = label;
        this.tagClass = tagClass;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String label() {
        return label;
    }

    public String tagClass() {
        return tagClass;
    }
}
