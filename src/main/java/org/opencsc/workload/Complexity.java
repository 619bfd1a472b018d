package org.opencsc.workload;

import org.opencsc.platform.Coded;

/** How complex a child's case is, as the team manager judges it: a high one weighs more on the worker's load. */
public enum Complexity implements Coded {
    STANDARD("Standard"),
    HIGH("High");

    private final String label;

    Complexity(String label) {
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
