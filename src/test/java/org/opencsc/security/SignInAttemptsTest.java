package org.opencsc.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInAttemptsTest {

    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-03-02T09:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovableClock clock = new MovableClock();

    @Test
    void aUsernameIsLockedOnlyFromTheAddressThatGuessed() {
        var attempts = new SignInAttempts(clock);
        for (int i = 0; i < SignInAttempts.ALLOWED_FAILURES; i++) {
            attempts.failed("Admin", "192.0.2.1");
        }
        assertThat(attempts.isLocked("admin", "192.0.2.1")).isTrue();
        assertThat(attempts.isLocked("admin", "198.51.100.7")).isFalse();
        assertThat(attempts.slowDown("admin")).isEqualTo(SignInAttempts.SLOW_DOWN);
        assertThat(attempts.slowDown("someone-else")).isZero();
        clock.now = clock.now.plus(SignInAttempts.LOCK);
        assertThat(attempts.isLocked("admin", "192.0.2.1")).isFalse();
        assertThat(attempts.slowDown("admin")).isZero();
    }

    @Test
    void anAddressGuessingManyUsernamesIsBlockedForAll() {
        var attempts = new SignInAttempts(clock);
        for (int i = 0; i < SignInAttempts.ADDRESS_FAILURES - 1; i++) {
            attempts.failed("user" + i, "192.0.2.9");
        }
        assertThat(attempts.isAddressBlocked("192.0.2.9")).isFalse();
        attempts.failedToken("192.0.2.9");
        assertThat(attempts.isAddressBlocked("192.0.2.9")).isTrue();
        assertThat(attempts.isLocked("never-tried", "192.0.2.9")).isTrue();
        assertThat(attempts.isLocked("never-tried", "192.0.2.10")).isFalse();
    }

    @Test
    void anIpv6ClientIsCountedByItsNetwork() {
        var attempts = new SignInAttempts(clock);
        for (int i = 0; i < SignInAttempts.ADDRESS_FAILURES; i++) {
            attempts.failedToken("2001:db8:1:2::" + Integer.toHexString(i + 1));
        }
        assertThat(attempts.isAddressBlocked("2001:db8:1:2:ffff::1")).isTrue();
        assertThat(attempts.isAddressBlocked("2001:db8:1:3::1")).isFalse();
    }

    @Test
    void clearingAUsernameForgetsItsFailuresFromEveryAddress() {
        var attempts = new SignInAttempts(clock);
        for (int i = 0; i < SignInAttempts.ALLOWED_FAILURES; i++) {
            attempts.failed("sw1", "192.0.2.1");
            attempts.failed("sw1", "192.0.2.2");
        }
        attempts.clear("SW1");
        assertThat(attempts.isLocked("sw1", "192.0.2.1")).isFalse();
        assertThat(attempts.isLocked("sw1", "192.0.2.2")).isFalse();
        assertThat(attempts.slowDown("sw1")).isZero();
    }

    @Test
    void theCountsStayBoundedHoweverManyUsernamesAndAddressesAreTried() {
        var attempts = new SignInAttempts(clock, 1_000);
        for (int i = 0; i < 200_000; i++) {
            attempts.failed("made-up-" + i, "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255));
            attempts.failedToken("2001:db8:" + Integer.toHexString(i) + "::1");
        }
        assertThat(attempts.tracked()).isLessThanOrEqualTo(3 * 1_000);
        // The most recent stay counted.
        for (int i = 0; i < SignInAttempts.ALLOWED_FAILURES; i++) {
            attempts.failed("admin", "192.0.2.1");
        }
        assertThat(attempts.isLocked("admin", "192.0.2.1")).isTrue();
    }

    @Test
    void countsExpireAfterTheLockPeriod() {
        var attempts = new SignInAttempts(clock);
        attempts.failed("sw1", "192.0.2.1");
        clock.now = clock.now.plus(SignInAttempts.LOCK).plus(Duration.ofSeconds(1));
        for (int i = 0; i < SignInAttempts.ALLOWED_FAILURES - 1; i++) {
            attempts.failed("sw1", "192.0.2.1");
        }
        assertThat(attempts.isLocked("sw1", "192.0.2.1")).isFalse();
    }
}
