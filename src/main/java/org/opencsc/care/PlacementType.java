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
    P2("P2", "Independent living, for example in a flat, lodgings, bedsit or with friends (to March 2025)"),
    P3("P3", "Residential employment"),
    H5("H5", "Supported accommodation (to March 2025; K3 from April 2025)"),
    K1("K1", "Secure children's home"),
    K2("K2", "Children's home subject to Children's Homes Regulations"),
    K3("K3", "Supported accommodation"),
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
    Z1("Z1", "Other placement (to March 2025)");

    /**
     * The day the SSDA903's 2025/26 placement types took effect: H5, P2 and Z1 were withdrawn and K3 (supported
     * accommodation) replaced H5. A placement keeps the code it was recorded with; a new one takes a code in use on its
     * start. Z11 to Z14, which replace Z1 in the 2025/26 return, are not offered until their DfE descriptions are here.
     */
    public static final java.time.LocalDate CODES_OF_2025_26 = java.time.LocalDate.of(2025, 4, 1);

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

    /** Whether the SSDA903 has this placement type for a placement that starts on the day. */
    public boolean inUseOn(java.time.LocalDate day) {
        return switch (this) {
            case H5, P2, Z1 -> day.isBefore(CODES_OF_2025_26);
            case K3 -> !day.isBefore(CODES_OF_2025_26);
            default -> true;
        };
    }

    /** The choices for a new placement on the day, code and label, in the list's order. */
    public static java.util.Map<String, String> optionsOn(java.time.LocalDate day) {
        var options = new java.util.LinkedHashMap<String, String>();
        for (var type : values()) {
            if (type.inUseOn(day)) {
                options.put(type.code(), type.code() + ": " + type.label());
            }
        }
        return options;
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
        return this == K1 || this == K2 || this == K3 || this == R1 || this == S1 || this == H5;
    }
}
