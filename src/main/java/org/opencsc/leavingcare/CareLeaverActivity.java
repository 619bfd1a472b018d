package org.opencsc.leavingcare;

import org.opencsc.platform.Coded;

/** What the care leaver is doing (SSDA903 OC3 ACTIV). */
public enum CareLeaverActivity implements Coded {
    F1("F1", "Full-time in higher education"),
    P1("P1", "Part-time in higher education"),
    F2("F2", "Full-time in education other than higher education"),
    P2("P2", "Part-time in education other than higher education"),
    F4("F4", "Full-time in an apprenticeship"),
    P4("P4", "Part-time in an apprenticeship"),
    F5("F5", "Full-time in training or employment other than an apprenticeship"),
    P5("P5", "Part-time in training or employment other than an apprenticeship"),
    G4("G4", "Not in education, employment or training because of illness or disability"),
    G5("G5", "Not in education, employment or training because of pregnancy or parenting"),
    G6("G6", "Not in education, employment or training for other reasons"),
    NOT_KNOWN("0", "Not known: not in touch");

    private final String code;
    private final String label;

    CareLeaverActivity(String code, String label) {
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

    /** In education, employment or training, as the care leaver indicators count it. */
    public boolean inEducationEmploymentOrTraining() {
        return code.startsWith("F") || code.startsWith("P");
    }
}
