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
    RETURNS("Check and produce the statutory returns (CIN census, SSDA903, Annex A, DfE daily data)"),
    PERFORMANCE("See the performance dashboards, indicators, workloads and drift lists, and the children behind each figure"),
    PERFORMANCE_SETTINGS("Enter national and comparator values, workload weights and thresholds, and the case audit template"),
    OVERSIGHT("Record management oversight and supervision on a child's case"),
    CASE_AUDIT("Audit children's cases against the audit template and moderate others' audits"),
    SUBJECT_ACCESS("Export a child's full record for a subject access request");

    private final String description;

    Permission(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
