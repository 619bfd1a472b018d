package org.opencsc.security;

import java.time.LocalDate;

/** Filters for reading the audit log; any may be null. */
public record AuditQuery(String username, Long personId, AuditAction action, LocalDate from, LocalDate to, int page) {

    public static final int PAGE_SIZE = 50;

    public static AuditQuery forPerson(long personId, int page) {
        return new AuditQuery(null, personId, null, null, null, page);
    }

    public int offset() {
        return Math.max(page, 0) * PAGE_SIZE;
    }
}
