package org.opencsc.security;

import java.time.Instant;

/** One line of the audit log. */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String username,
        AuditAction action,
        Long personId,
        String personName,
        String detail,
        String remoteAddress,
        String requestPath) {
}
