package org.opencsc.security;

/** What was done to a record, as written in the audit log. */
public enum AuditAction {
    VIEW,
    /** A list of children was shown (a work list, a tracker, a drill-down): the row carries their ids. */
    LIST,
    SEARCH,
    CREATE,
    UPDATE,
    CORRECT,
    RESTRICT,
    EXPORT,
    REFUSED
}
