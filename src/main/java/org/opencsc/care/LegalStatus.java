package org.opencsc.care;

import org.opencsc.platform.Coded;

/** The legal status of a looked-after child (SSDA903 LS). */
public enum LegalStatus implements Coded {
    C1("C1", "Interim care order"),
    C2("C2", "Full care order"),
    D1("D1", "Freeing order granted"),
    E1("E1", "Placement order granted"),
    V2("V2", "Single period of accommodation under section 20"),
    V3("V3", "Accommodated under an agreed series of short-term breaks, when individual episodes of care are recorded"),
    V4("V4", "Accommodated under an agreed series of short-term breaks, when agreements are recorded"),
    L1("L1", "Under police protection and in local authority accommodation"),
    L2("L2", "Emergency protection order"),
    L3("L3", "Under child assessment order and in local authority accommodation"),
    J1("J1", "Remanded to local authority accommodation or to youth detention accommodation"),
    J2("J2", "Placed in local authority accommodation under PACE, including secure accommodation"),
    J3("J3", "Sentenced to a supervision order with residence requirement");

    private final String code;
    private final String label;

    LegalStatus(String code, String label) {
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

    /** The legal statuses under which a child may be placed for adoption with a placement order (A5, A6). */
    boolean authorisesAdoptivePlacement() {
        return this == E1 || this == D1;
    }
}
