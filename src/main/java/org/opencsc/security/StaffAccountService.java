package org.opencsc.security;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencsc.platform.ClockZone;
import org.opencsc.platform.FieldProblems;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators add staff, give them a role, and switch accounts off when people leave. */
@Service
public class StaffAccountService {

    static final int MINIMUM_PASSWORD_LENGTH = 12;

    /** Letters and digits that cannot be mistaken for one another when read out or copied. */
    private static final String TEMPORARY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    static final int TEMPORARY_PASSWORD_LENGTH = 16;

    private final StaffUserRepository users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;
    private final SignInAttempts attempts;
    private final java.security.SecureRandom random = new java.security.SecureRandom();

    StaffAccountService(StaffUserRepository users, PasswordEncoder encoder, AuditLog audit, Clock clock, SignInAttempts attempts) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
        this.attempts = attempts;
    }

    @Transactional
    public long create(StaffAccountForm form) {
        var problems = new FieldProblems();
        // Checked in the order the fields stand on the page, so the error summary reads the same way.
        var name = problems.text("displayName", "Full name", form.displayName(), 120, true);
        var username = problems.text("username", "Username", form.username(), 60, true);
        problems.check(username, u -> u.matches("[A-Za-z0-9._-]+"), "username", "Username must only include letters, numbers, dots, hyphens and underscores");
        problems.check(username, u -> users.findByUsername(u).isEmpty(), "username", "Username is already taken");
        var email = problems.text("email", "Email address", form.email(), 254, false);
        problems.check(email, e -> e.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), "email", "Enter an email address in the correct format, like name@council.gov.uk");
        var role = problems.choice("role", "Role", form.role(), code -> Arrays.stream(Role.values()).filter(r -> r.name().equals(code)).findFirst(), true);
        problems.check(form.teamId(), id -> users.teams().stream().anyMatch(t -> t.id() == id), "teamId", "Team must be one of the listed teams");
        var password = form.password() == null || form.password().isEmpty() ? null : form.password();
        problems.check(password, p -> p.length() >= MINIMUM_PASSWORD_LENGTH, "password",
                "Password must be " + MINIMUM_PASSWORD_LENGTH + " characters or more");
        problems.check(password, p -> p.length() <= 200, "password", "Password must be 200 characters or fewer");
        var expires = form.accessExpiresOn().read("accessExpiresOn", "Access ends on", problems);
        var today = LocalDate.now(clock);
        problems.check(expires, d -> d.isAfter(today), "accessExpiresOn", "Access ends on must be in the future");
        problems.check(role != Role.INSPECTOR || expires != null || problems.has("accessExpiresOn"), "accessExpiresOn",
                "Enter the date an inspector's access ends");
        problems.throwIfAny();
        var id = users.create(username, name, email, password == null ? null : encoder.encode(password), role, form.teamId(),
                expires == null ? null : expires.atStartOfDay(ClockZone.UK).toInstant());
        audit.record(AuditAction.CREATE, null, "Created staff account " + username + " as " + role.label());
        return id;
    }

    @Transactional
    public void disable(long id) {
        var user = users.findById(id).orElseThrow(() -> new org.opencsc.platform.NotFoundException("Staff account " + id));
        users.setEnabled(id, false);
        audit.record(AuditAction.UPDATE, null, "Disabled staff account " + user.username());
    }

    /** Switches a disabled account back on; its holder signs in with the password they had. */
    @Transactional
    public void enable(long id) {
        var user = account(id);
        users.setEnabled(id, true);
        audit.record(AuditAction.UPDATE, null, "Re-enabled staff account " + user.username());
    }

    /** Lifts the lock that wrong passwords put on an account, before its time runs out. */
    @Transactional
    public void unlock(long id) {
        var user = account(id);
        attempts.clear(user.username());
        audit.record(AuditAction.UPDATE, null, "Unlocked staff account " + user.username());
    }

    /**
     * Gives the account a one-time temporary password, shown once to the administrator, which its
     * holder must change before anything else. Any lock from wrong passwords is lifted with it.
     */
    @Transactional
    public String resetPassword(long id) {
        var user = account(id);
        var temporary = new StringBuilder();
        for (int i = 0; i < TEMPORARY_PASSWORD_LENGTH; i++) {
            temporary.append(TEMPORARY_ALPHABET.charAt(random.nextInt(TEMPORARY_ALPHABET.length())));
        }
        users.setPassword(id, encoder.encode(temporary), true);
        attempts.clear(user.username());
        audit.record(AuditAction.UPDATE, null, "Reset the password of staff account " + user.username());
        return temporary.toString();
    }

    /** The signed-in member of staff changes their own password, proving they know the current one. */
    @Transactional
    public void changeOwnPassword(PasswordChangeForm form) {
        var user = account(CurrentUser.get().id());
        var problems = new FieldProblems();
        if (user.passwordHash() == null) {
            problems.add("currentPassword", "You sign in with your council account: change your password there");
            problems.throwIfAny();
        }
        var current = form.currentPassword() == null ? "" : form.currentPassword();
        var chosen = form.newPassword() == null ? "" : form.newPassword();
        if (current.isEmpty()) {
            problems.add("currentPassword", "Enter your current password");
        } else if (current.length() > 200 || !encoder.matches(current, user.passwordHash())) {
            problems.add("currentPassword", "Your current password is not right");
        }
        if (chosen.isEmpty()) {
            problems.add("newPassword", "Enter a new password");
        } else {
            strength(chosen, user.username(), problems);
            problems.check(problems.has("currentPassword") || !chosen.equals(current), "newPassword",
                    "New password must be different from your current password");
        }
        problems.check(problems.has("newPassword") || chosen.equals(form.confirmPassword()), "confirmPassword",
                "Passwords must match");
        problems.throwIfAny();
        users.setPassword(user.id(), encoder.encode(chosen), false);
        audit.record(AuditAction.UPDATE, null, "Changed own password");
    }

    /**
     * The strength rule: length (the NCSC's advice: long passwords, no composition rules), and not
     * something guessed from the account itself.
     */
    static void strength(String password, String username, FieldProblems problems) {
        if (password.length() < MINIMUM_PASSWORD_LENGTH) {
            problems.add("newPassword", "Password must be " + MINIMUM_PASSWORD_LENGTH + " characters or more");
        } else if (password.length() > 200) {
            problems.add("newPassword", "Password must be 200 characters or fewer");
        } else if (password.toLowerCase(java.util.Locale.ROOT).contains(username.toLowerCase(java.util.Locale.ROOT))) {
            problems.add("newPassword", "Password must not contain your username");
        } else if (password.chars().distinct().count() < 5) {
            problems.add("newPassword", "Password must use at least 5 different characters");
        }
    }

    @Transactional(readOnly = true)
    public String username(long id) {
        return account(id).username();
    }

    /** What the password page needs to know about an account. */
    public record Account(boolean localPassword, boolean mustChangePassword) {
    }

    @Transactional(readOnly = true)
    public Optional<Account> findById(long id) {
        return users.findById(id).map(user -> new Account(user.passwordHash() != null,
                users.standing(id).map(StaffUserRepository.Standing::mustChangePassword).orElse(false)));
    }

    /** Usernames locked by wrong passwords, of those given. */
    public java.util.Set<String> locked(List<StaffUser> among) {
        var locked = new java.util.HashSet<String>();
        among.stream().map(StaffUser::username).filter(attempts::isLockedSomewhere).forEach(locked::add);
        return locked;
    }

    private StaffUser account(long id) {
        return users.findById(id).orElseThrow(() -> new org.opencsc.platform.NotFoundException("Staff account " + id));
    }

    @Transactional(readOnly = true)
    public List<StaffUser> accounts(int page) {
        return users.findAll(101, Math.max(page, 0) * 100);
    }

    @Transactional(readOnly = true)
    public List<StaffUserRepository.Team> teams() {
        return users.teams();
    }

    /** Team id to name, for a select. */
    @Transactional(readOnly = true)
    public Map<String, String> teamOptions() {
        return options(users.teams());
    }

    /** Case-holding staff id to "name (team)", for a select. */
    @Transactional(readOnly = true)
    public Map<String, String> caseHolderOptions() {
        return options(users.caseHolders());
    }

    @Transactional(readOnly = true)
    public boolean isMemberOf(long userId, long teamId) {
        return users.isMemberOf(userId, teamId);
    }

    private static Map<String, String> options(List<StaffUserRepository.Team> entries) {
        var options = new LinkedHashMap<String, String>();
        entries.forEach(entry -> options.put(String.valueOf(entry.id()), entry.name()));
        return options;
    }

    @Transactional(readOnly = true)
    public Optional<StaffUser> findByUsername(String username) {
        return users.findByUsername(username);
    }
}
