package org.opencsc.security;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Slows down anyone guessing passwords or API tokens, without letting them lock anybody else out.
 *
 * <ul>
 * <li>A username is locked <em>from one client address</em> after {@value #ALLOWED_FAILURES}
 *     wrong passwords from that address, for {@link #LOCK} after the last of them.</li>
 * <li>An address is refused everything (sign-in and API tokens) after {@value #ADDRESS_FAILURES}
 *     failures of any kind from it in {@link #LOCK}: one client cannot keep the server hashing
 *     passwords for ever, whatever usernames it tries.</li>
 * <li>A username with {@value #USERNAME_FAILURES} or more wrong passwords from anywhere is slowed
 *     down: each sign-in attempt for it waits {@link #SLOW_DOWN} first. This never becomes a lock,
 *     so its owner can still sign in from their own machine, a moment later.</li>
 * </ul>
 *
 * Counts are kept in memory in bounded maps ({@value #CAPACITY} keys each, least recently used
 * dropped first), so a flood of invented usernames or addresses cannot fill the heap. IPv6
 * addresses are counted by their /64 network, which one client usually has entirely to itself.
 */
@Component
public class SignInAttempts {

    static final int ALLOWED_FAILURES = 10;
    static final int ADDRESS_FAILURES = 100;
    static final int USERNAME_FAILURES = 10;
    static final Duration LOCK = Duration.ofMinutes(15);
    static final Duration SLOW_DOWN = Duration.ofSeconds(1);
    static final int CAPACITY = 10_000;

    private final BoundedCounts byUsernameAndAddress;
    private final BoundedCounts byUsername;
    private final BoundedCounts byAddress;
    private final Clock clock;

    @org.springframework.beans.factory.annotation.Autowired
    SignInAttempts(Clock clock) {
        this(clock, CAPACITY);
    }

    SignInAttempts(Clock clock, int capacity) {
        this.clock = clock;
        this.byUsernameAndAddress = new BoundedCounts(capacity, LOCK);
        this.byUsername = new BoundedCounts(capacity, LOCK);
        this.byAddress = new BoundedCounts(capacity, LOCK);
    }

    /** Whether sign-in as this username is refused from the address of the current request. */
    public boolean isLocked(String username) {
        return isLocked(username, currentAddress());
    }

    public boolean isLocked(String username, String address) {
        var now = clock.instant();
        return isAddressBlocked(address)
                || byUsernameAndAddress.failures(pair(username, address), now) >= ALLOWED_FAILURES;
    }

    /**
     * Whether this username has had enough wrong passwords lately to be locked from at least one
     * address: what the staff list shows an administrator, who may unlock it.
     */
    public boolean isLockedSomewhere(String username) {
        return byUsername.failures(key(username), clock.instant()) >= ALLOWED_FAILURES;
    }

    /** Whether everything from this address is refused for a while: too many wrong passwords or tokens. */
    public boolean isAddressBlocked(String address) {
        return byAddress.failures(network(address), clock.instant()) >= ADDRESS_FAILURES;
    }

    /** How long an attempt to sign in as this username waits first: nothing, unless it is being guessed at. */
    public Duration slowDown(String username) {
        return byUsername.failures(key(username), clock.instant()) >= USERNAME_FAILURES ? SLOW_DOWN : Duration.ZERO;
    }

    public void failed(String username, String address) {
        var now = clock.instant();
        byUsernameAndAddress.add(pair(username, address), now);
        byUsername.add(key(username), now);
        byAddress.add(network(address), now);
    }

    /** An API request with a token that is wrong, revoked or expired. */
    public void failedToken(String address) {
        byAddress.add(network(address), clock.instant());
    }

    public void succeeded(String username, String address) {
        byUsernameAndAddress.remove(pair(username, address));
    }

    /** Forgets every failure for this username (an administrator unlocking an account). */
    public void clear(String username) {
        var name = key(username);
        byUsername.remove(name);
        byUsernameAndAddress.removeIf(pair -> pair.startsWith(name + "\n"));
    }

    /** How many keys are counted, for checking the bound. */
    int tracked() {
        return byUsernameAndAddress.size() + byUsername.size() + byAddress.size();
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        failed(event.getAuthentication().getName(), addressOf(event.getAuthentication().getDetails()));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName(), addressOf(event.getAuthentication().getDetails()));
    }

    private static String addressOf(Object details) {
        return details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null ? web.getRemoteAddress() : currentAddress();
    }

    private static String currentAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : "";
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static String pair(String username, String address) {
        return key(username) + "\n" + network(address);
    }

    /** An IPv4 address as it is; an IPv6 address by its /64 network. */
    static String network(String address) {
        if (address == null || address.isBlank()) {
            return "";
        }
        if (!address.contains(":")) {
            return address;
        }
        try {
            var bytes = InetAddress.ofLiteral(address.strip()).getAddress();
            if (bytes.length == 16) {
                return InetAddress.getByAddress(Arrays.copyOf(Arrays.copyOf(bytes, 8), 16)).getHostAddress() + "/64";
            }
            return InetAddress.getByAddress(bytes).getHostAddress();
        } catch (Exception notAnAddress) {
            return address;
        }
    }
}
