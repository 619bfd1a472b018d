package org.opencsc.courts;

import org.opencsc.platform.Coded;

/** The hearings of care proceedings under the Public Law Outline. */
public enum HearingKind implements Coded {
    CASE_MANAGEMENT("Case management hearing"),
    FURTHER_CASE_MANAGEMENT("Further case management hearing"),
    ISSUES_RESOLUTION("Issues resolution hearing"),
    FINAL("Final hearing"),
    INTERIM("Interim hearing");

    private final String label;

    HearingKind(String label) {
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
