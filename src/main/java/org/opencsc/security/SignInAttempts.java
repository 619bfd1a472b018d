package org.opencsc.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down anyone guessing passwords: after {@value #ALLOWED_FAILURES} wrong passwords in a
 * row an account is locked for {@link #LOCK} (for everyone, whatever the password), then
 * starts afresh. A right password before that clears the count.
 */
@Component
public class SignInAttempts {

    static final int ALLOWED_FAILURES = 10;
    static final Duration LOCK = Duration.ofMinutes(15);

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    SignInAttempts(Clock clock) {
        this.clock = clock;
    }

    public boolean isLocked(String username) {
        var record = failures.get(key(username));
        if (record == null || record.count() < ALLOWED_FAILURES) {
            return false;
        }
        if (clock.instant().isAfter(record.last().plus(LOCK))) {
            failures.remove(key(username));
            return false;
        }
        return true;
    }

    /** Lifts a username's lock at once (an administrator unlocking the account). */
    public void clear(String username) {
        failures.remove(key(username));
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        failures.merge(key(event.getAuthentication().getName()), new Failures(1, clock.instant()),
                (before, now) -> new Failures(before.count() + 1, now.last()));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        failures.remove(key(event.getAuthentication().getName()));
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
