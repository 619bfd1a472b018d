package org.opencsc.security;

import java.time.Instant;

/** A token an API client sends as {@code Authorization: Bearer}, as listed (the token itself is never kept). */
public record ApiToken(
        long id,
        long staffUserId,
        String username,
        String label,
        Instant createdAt,
        String createdBy,
        Instant expiresAt,
        Instant revokedAt,
        String revokedBy,
        Instant lastUsedAt) {

    public boolean activeAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    /** For the list: Active, Revoked or Expired. */
    public String statusAt(Instant now) {
        return revokedAt != null ? "Revoked" : now.isBefore(expiresAt) ? "Active" : "Expired";
    }
}
