package org.opencsc.chronology;

import org.opencsc.platform.Coded;

/** The part of the record a chronology line comes from: what the chronology can be filtered by. */
public enum Strand implements Coded {
    FRONT_DOOR("Contacts, referrals and case closure"),
    ASSESSMENT("Assessments"),
    PROTECTION("Child protection"),
    CHILD_IN_NEED("Child in need"),
    CARE("Care, legal status and placements"),
    MISSING("Missing episodes and return interviews"),
    HEALTH_AND_EDUCATION("Health and education"),
    VISITS("Visits"),
    COURT("Court"),
    PERMANENCE("Adoption and permanence"),
    LEAVING_CARE("Leaving care"),
    OVERSIGHT("Management oversight and supervision"),
    SIGNIFICANT_EVENT("Significant events added by hand");

    private final String label;

    Strand(String label) {
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
