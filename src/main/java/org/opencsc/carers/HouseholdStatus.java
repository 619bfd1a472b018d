package org.opencsc.carers;

import org.opencsc.platform.Coded;

/** Where a household's approval stands. */
public enum HouseholdStatus implements Coded {
    TEMPORARY("Temporarily approved (regulation 24)"),
    APPROVED("Approved"),
    REFUSED("Approval refused"),
    ENDED("Approval ended");

    private final String label;

    HouseholdStatus(String label) {
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

    /** Whether children may be placed with the household. */
    public boolean mayCare() {
        return this == TEMPORARY || this == APPROVED;
    }
}
