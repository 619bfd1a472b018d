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

    private final StaffUserRepository users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;

    StaffAccountService(StaffUserRepository users, PasswordEncoder encoder, AuditLog audit, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
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
