package org.opencsc.security;

/** What a member of staff may do. Roles are sets of these; request mappings check them. */
public enum Permission {
    CHILD_READ("Find and read children's records"),
    CHILD_CREATE("Record a new child or family member"),
    CHILD_EDIT("Change a child's details, addresses, relationships, involvements and warnings"),
    CASE_NOTE_WRITE("Write, finalise and correct case notes"),
    CASE_WORK("Record the work with a child: contacts, MASH+ decisions, referrals, assessments, meetings, conferences, plans and visits"),
    AUTHORISE("Authorise assessments as a manager"),
    ALLOCATE("Allocate children to teams and workers"),
    RECORD_RESTRICT("Restrict a record and name who may see it"),
    AUDIT_READ("Read the audit log"),
    USER_ADMIN("Manage staff accounts"),
    CALENDAR_ADMIN("Keep the bank holiday calendar and the local timescale standards"),
    RETURNS("Check and produce the statutory returns (CIN census, SSDA903, Annex A, DfE daily data)");

    private final String description;

    Permission(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
