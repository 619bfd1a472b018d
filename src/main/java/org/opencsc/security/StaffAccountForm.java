package org.opencsc.security;

import org.opencsc.platform.DateParts;

/** A new staff account as typed by an administrator. */
public record StaffAccountForm(String username, String displayName, String email, String role, Long teamId, String password,
                               DateParts accessExpiresOn) {

    public StaffAccountForm {
        accessExpiresOn = DateParts.orEmpty(accessExpiresOn);
    }
}
