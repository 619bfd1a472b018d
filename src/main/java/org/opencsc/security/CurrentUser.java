package org.opencsc.security;

import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in member of staff of the current request. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<SignedInUser> find() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public static SignedInUser get() {
        return find().orElseThrow(() -> new IllegalStateException("no member of staff is signed in"));
    }

    /** The name written into "recorded by" columns and the audit log. */
    public static String username() {
        return find().map(SignedInUser::getUsername).orElse("system");
    }
}
