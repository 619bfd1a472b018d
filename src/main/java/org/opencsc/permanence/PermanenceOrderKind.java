package org.opencsc.permanence;

import org.opencsc.platform.Coded;

/** Orders that give a child a permanent home outside care with someone other than adopters. */
public enum PermanenceOrderKind implements Coded {
    SGO("Special guardianship order"),
    CAO("Child arrangements order (who the child lives with)");

    private final String label;

    PermanenceOrderKind(String label) {
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
