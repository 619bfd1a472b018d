package org.opencsc.security;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** Makes staff accounts for tests and acts as them. Each account gets a fresh username. */
@Component
public class TestStaff {

    public static final String PASSWORD = "correct horse battery staple";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final StaffUserRepository users;
    private final PasswordEncoder encoder;
    private volatile String hash;

    TestStaff(StaffUserRepository users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    public StaffUser create(Role role) {
        return create(role, null);
    }

    public StaffUser create(Role role, Instant accessExpiresAt) {
        if (hash == null) {
            hash = encoder.encode(PASSWORD);
        }
        var username = role.name().toLowerCase().replace('_', '-') + "-" + COUNTER.incrementAndGet() + "-" + System.nanoTime() % 100000;
        var id = users.create(username, "Test " + role.label(), username + "@council.test", hash, role, null, accessExpiresAt);
        return users.findById(id).orElseThrow();
    }

    /** Runs service calls as this member of staff on the current thread. */
    public static void signInAs(StaffUser user) {
        var principal = SignedInUser.local(user, false);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A MockMvc request made as this member of staff. */
    public static RequestPostProcessor as(StaffUser user) {
        var principal = SignedInUser.local(user, false);
        return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }
}
