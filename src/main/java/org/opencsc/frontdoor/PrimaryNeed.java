package org.opencsc.frontdoor;

import org.opencsc.platform.Coded;

/** The child's primary need at referral: the CIN census codes N0 to N9. */
public enum PrimaryNeed implements Coded {
    N1("Abuse or neglect"),
    N2("Child's disability"),
    N3("Parental disability or illness"),
    N4("Family in acute stress"),
    N5("Family dysfunction"),
    N6("Socially unacceptable behaviour"),
    N7("Low income"),
    N8("Absent parenting"),
    N9("Cases other than children in need"),
    N0("Not stated");

    private final String label;

    PrimaryNeed(String label) {
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
