package org.opencsc.security;

/** A member of staff changing their own password. Never shown back: the page's boxes come back empty. */
public record PasswordChangeForm(String currentPassword, String newPassword, String confirmPassword) {
}
