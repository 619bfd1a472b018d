package org.opencsc.adopters;

import org.opencsc.platform.Coded;

/** Where a family is on the adopters' journey, from the dates recorded. */
public enum FamilyStage implements Coded {
    ENQUIRY("Enquiry"),
    STAGE_ONE("Stage one"),
    BETWEEN_STAGES("Between stages"),
    STAGE_TWO("Stage two"),
    APPROVED("Approved, waiting for a match"),
    MATCHED("Matched"),
    PLACED("Child placed"),
    ADOPTED("Adopted"),
    LEFT("Left the process");

    private final String label;

    FamilyStage(String label) {
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

    boolean approved() {
        return this == APPROVED || this == MATCHED || this == PLACED || this == ADOPTED;
    }
}
