package org.opencsc.security;

/** What was done to a record, as written in the audit log. */
public enum AuditAction {
    VIEW,
    SEARCH,
    CREATE,
    UPDATE,
    CORRECT,
    RESTRICT,
    EXPORT,
    REFUSED
}
