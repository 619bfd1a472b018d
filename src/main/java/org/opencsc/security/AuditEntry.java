package org.opencsc.security;

import java.time.Instant;

/**
 * One line of the audit log as this reader may see it: for a restricted child they may not see,
 * {@code childVisible} is false and the words and the related record are left out; the search
 * words and count are given only to a reader who may see every child the search matched.
 */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String username,
        AuditAction action,
        Long personId,
        String personName,
        String detail,
        String remoteAddress,
        String requestPath,
        boolean childVisible,
        AuditSubject.Kind recordKind,
        Long recordId,
        String recordName,
        boolean searchedWords,
        String searchTerms,
        Integer resultCount) {
}
