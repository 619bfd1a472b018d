package org.opencsc.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.opencsc.platform.FieldProblems;
import org.opencsc.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens: 256 random bits, shown once when issued; only their SHA-256 is kept. Checking a
 * token costs one hash and one indexed lookup, so an API client is never a password check
 * (Argon2id, about 170 ms of CPU) per request, and a wrong token cannot lock anyone's account.
 */
@Service
public class ApiTokenService {

    public static final int DEFAULT_DAYS = 90;
    public static final int MAXIMUM_DAYS = 366;
    /** Marks the token as ours, so that a secret scanner (or a person) can tell what it is. */
    static final String PREFIX = "ocsc_";
    private static final int TOKEN_BYTES = 32;
    private static final int ENCODED_LENGTH = PREFIX.length() + 43;

    /** A token just issued: the only time the token itself exists outside its holder. */
    public record Issued(long id, String token, String username, Instant expiresAt) {
    }

    /** Why a presented token did not sign anyone in, or who it signed in. */
    sealed interface Outcome {
        record Accepted(long tokenId, SignedInUser user) implements Outcome {
        }

        record Refused(String reason) implements Outcome {
        }
    }

    private final ApiTokenRepository tokens;
    private final StaffUserRepository users;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(ApiTokenRepository tokens, StaffUserRepository users, AuditLog audit, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** Issues a token for the account named; {@code days} as typed (blank for {@value #DEFAULT_DAYS}). */
    @Transactional
    public Issued issue(ApiTokenForm form, String issuedBy) {
        var problems = new FieldProblems();
        var username = problems.text("username", "Username", form.username(), 60, true);
        var user = username == null ? null : users.findByUsername(username).orElse(null);
        problems.check(username == null || user != null, "username", "No staff account has the username " + username);
        if (user != null) {
            problems.check(user.enabled(), "username", "The account " + user.username() + " is disabled");
            problems.check(!user.accessExpired(clock.instant()), "username", "The account " + user.username() + "'s access has ended");
        }
        var label = problems.text("label", "What the token is for", form.label(), 120, true);
        var days = DEFAULT_DAYS;
        var typedDays = form.days() == null ? "" : form.days().strip();
        if (!typedDays.isEmpty()) {
            if (!typedDays.matches("\\d{1,4}")) {
                problems.add("days", "Days must be a whole number, like 90");
            } else {
                days = Integer.parseInt(typedDays);
                problems.check(days >= 1 && days <= MAXIMUM_DAYS, "days", "Days must be between 1 and " + MAXIMUM_DAYS);
            }
        }
        problems.throwIfAny();
        if (user != null && user.accessExpiresAt() != null && user.accessExpiresAt().isBefore(clock.instant().plus(Duration.ofDays(days)))) {
            // A token never outlives the account's access (an inspector's visit, a temporary contract).
            days = (int) Math.max(1, Duration.between(clock.instant(), user.accessExpiresAt()).toDays());
        }
        var token = newToken();
        var expires = clock.instant().plus(Duration.ofDays(days));
        var id = tokens.create(user.id(), label, hash(token), issuedBy, expires);
        audit.record(AuditAction.CREATE, null, "Issued API token " + id + " for staff account " + user.username() + ", for " + days + " days");
        return new Issued(id, token, user.username(), expires);
    }

    @Transactional
    public ApiToken revoke(long id, String revokedBy) {
        var token = tokens.findById(id).orElseThrow(() -> new NotFoundException("API token " + id));
        if (tokens.revoke(id, revokedBy, clock.instant())) {
            audit.record(AuditAction.UPDATE, null, "Revoked API token " + id + " of staff account " + token.username());
        }
        return tokens.findById(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<ApiToken> tokens(int page) {
        return tokens.findAll(clock.instant(), 101, Math.max(page, 0) * 100);
    }

    @Transactional(readOnly = true)
    public Optional<ApiToken> find(long id) {
        return tokens.findById(id);
    }

    /**
     * The member of staff a presented token stands for: the token must have our form, be known,
     * be neither revoked nor expired, and its account must be enabled with its access current.
     */
    Outcome authenticate(String presented) {
        if (presented == null || presented.length() != ENCODED_LENGTH || !presented.startsWith(PREFIX)
                || !presented.substring(PREFIX.length()).matches("[A-Za-z0-9_-]+")) {
            return new Outcome.Refused("not a token");
        }
        var hash = hash(presented);
        var found = tokens.findByHash(hash);
        // The lookup is by an index on the hash; comparing again in constant time costs nothing and
        // keeps the check honest whatever the database's comparison does.
        if (found.isEmpty() || !MessageDigest.isEqual(found.get().tokenHash().getBytes(StandardCharsets.US_ASCII),
                hash.getBytes(StandardCharsets.US_ASCII))) {
            return new Outcome.Refused("unknown token");
        }
        var token = found.get();
        var now = clock.instant();
        if (token.revokedAt() != null) {
            return new Outcome.Refused("revoked");
        }
        if (!now.isBefore(token.expiresAt())) {
            return new Outcome.Refused("expired");
        }
        var user = users.findById(token.staffUserId()).orElse(null);
        if (user == null || !user.enabled() || user.accessExpired(now)) {
            return new Outcome.Refused("account disabled or its access has ended");
        }
        if (token.lastUsedAt() == null || token.lastUsedAt().isBefore(now.minus(Duration.ofMinutes(1)))) {
            tokens.markUsed(token.id(), now);
        }
        return new Outcome.Accepted(token.id(), SignedInUser.local(user, false));
    }

    private String newToken() {
        var bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
