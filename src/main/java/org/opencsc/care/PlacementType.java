package org.opencsc.care;

import org.opencsc.platform.Coded;

/** Where a looked-after child is placed (SSDA903 PLACE). */
public enum PlacementType implements Coded {
    U1("U1", "Foster placement with relative or friend: long-term fostering"),
    U2("U2", "Foster placement with relative or friend who is also an approved adopter: fostering for adoption or concurrent planning"),
    U3("U3", "Foster placement with relative or friend: not long-term or fostering for adoption"),
    U4("U4", "Foster placement with other foster carer: long-term fostering"),
    U5("U5", "Foster placement with other foster carer who is also an approved adopter: fostering for adoption or concurrent planning"),
    U6("U6", "Foster placement with other foster carer: not long-term or fostering for adoption"),
    A3("A3", "Placed for adoption with parental consent with current foster carer"),
    A4("A4", "Placed for adoption with parental consent not with current foster carer"),
    A5("A5", "Placed for adoption with placement order with current foster carer"),
    A6("A6", "Placed for adoption with placement order not with current foster carer"),
    P1("P1", "Placed with own parent or other person with parental responsibility"),
    P2("P2", "Independent living, for example in a flat, lodgings, bedsit or with friends"),
    P3("P3", "Residential employment"),
    H5("H5", "Supported accommodation"),
    K1("K1", "Secure children's home"),
    K2("K2", "Children's home subject to Children's Homes Regulations"),
    R1("R1", "Residential care home"),
    R2("R2", "NHS or health trust or other establishment providing medical or nursing care"),
    R3("R3", "Family centre or mother and baby unit"),
    R5("R5", "Young offender institution"),
    S1("S1", "Residential school, except where dual-registered as a children's home"),
    T0("T0", "Temporary move of any other kind"),
    T1("T1", "Temporary period in hospital"),
    T2("T2", "Temporary absence on holiday"),
    T3("T3", "Temporary accommodation while the usual foster carer is on holiday"),
    T4("T4", "Temporary accommodation of seven days or less, for any reason not covered by T1 to T3"),
    Z1("Z1", "Other placement");

    private final String code;
    private final String label;

    PlacementType(String code, String label) {
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

    /** Placed for adoption, with consent or a placement order (A3 to A6). */
    public boolean placedForAdoption() {
        return this == A3 || this == A4 || this == A5 || this == A6;
    }

    /** Fostering for adoption or concurrent planning: foster carers who are also approved adopters. */
    public boolean fosteringForAdoption() {
        return this == U2 || this == U5;
    }

    /** Placed for adoption under a placement order: the legal status must authorise it. */
    public boolean needsPlacementOrder() {
        return this == A5 || this == A6;
    }

    /** Registered settings (children's homes, secure homes, residential schools ...) carry an Ofsted URN. */
    boolean registeredSetting() {
        return this == K1 || this == K2 || this == R1 || this == S1 || this == H5;
    }
}
