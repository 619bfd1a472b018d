package org.opencsc.care;

import org.opencsc.platform.Coded;

/** The permanence plan in a looked-after child's care plan. */
public enum PermanencePlan implements Coded {
    RETURN_HOME("RETURN_HOME", "Return to parents or family"),
    ADOPTION("ADOPTION", "Adoption"),
    SGO("SGO", "Special guardianship"),
    CAO("CAO", "Child arrangements order"),
    LONG_TERM_FOSTERING("LONG_TERM_FOSTERING", "Long-term fostering"),
    KINSHIP("KINSHIP", "Long-term care with family or friends (kinship care)"),
    RESIDENTIAL("RESIDENTIAL", "Long-term residential care"),
    INDEPENDENCE("INDEPENDENCE", "Supported move to independence");

    private final String code;
    private final String label;

    PermanencePlan(String code, String label) {
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
