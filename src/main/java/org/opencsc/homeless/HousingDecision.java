package org.opencsc.homeless;

import org.opencsc.platform.Coded;

/** The housing authority's decision under Part 7 of the Housing Act 1996, when housing's duties apply. */
public enum HousingDecision implements Coded {
    PREVENTION_DUTY("Prevention duty accepted (section 195)"),
    RELIEF_DUTY("Relief duty accepted (section 189B)"),
    INTERIM_ACCOMMODATION("Interim accommodation provided (section 188)"),
    MAIN_DUTY("Main housing duty accepted (section 193)"),
    NOT_HOMELESS("Not homeless or threatened with homelessness"),
    NO_APPLICATION("No housing application made");

    private final String label;

    HousingDecision(String label) {
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
