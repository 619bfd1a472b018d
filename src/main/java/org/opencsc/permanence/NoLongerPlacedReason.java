package org.opencsc.permanence;

import org.opencsc.platform.Coded;

/** Why a child should no longer be placed for adoption (SSDA903 REASON_PLACED_CEASED). */
public enum NoLongerPlacedReason implements Coded {
    RD1("RD1", "The child's needs changed after the decision"),
    RD2("RD2", "The court did not make a placement order"),
    RD3("RD3", "Prospective adopters could not be found"),
    RD4("RD4", "Any other reason");

    private final String code;
    private final String label;

    NoLongerPlacedReason(String code, String label) {
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
