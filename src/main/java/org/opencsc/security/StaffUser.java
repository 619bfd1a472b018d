package org.opencsc.security;

import java.time.Instant;

/** A member of staff who signs in. */
public record StaffUser(
        long id,
        String username,
        String displayName,
        String email,
        String passwordHash,
        Role role,
        Long teamId,
        String teamName,
        boolean enabled,
        Instant accessExpiresAt) {

    public boolean accessExpired(Instant now) {
        return accessExpiresAt != null && !now.isBefore(accessExpiresAt);
    }
}
