package org.opencsc.care;

import org.opencsc.platform.Coded;

/** The initial health assessment after a child comes into care, or a review health assessment after it. */
public enum HealthAssessmentKind implements Coded {
    INITIAL("INITIAL", "Initial health assessment"),
    REVIEW("REVIEW", "Review health assessment");

    private final String code;
    private final String label;

    HealthAssessmentKind(String code, String label) {
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
