package org.opencsc.work;

import org.opencsc.platform.Coded;

/** What a case note records. */
public enum NoteKind implements Coded {
    HOME_VISIT("Home visit"),
    STATUTORY_VISIT("Statutory visit"),
    DIRECT_WORK("Direct work with the child"),
    PHONE_CALL("Phone call"),
    EMAIL_OR_LETTER("Email or letter"),
    MEETING("Meeting"),
    MULTI_AGENCY_DISCUSSION("Multi-agency discussion"),
    MANAGEMENT_OVERSIGHT("Management oversight"),
    SUPERVISION("Supervision"),
    CASE_SUMMARY("Case summary"),
    OTHER("Other");

    private final String label;

    NoteKind(String label) {
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
