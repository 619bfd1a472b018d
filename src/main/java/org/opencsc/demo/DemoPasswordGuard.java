package org.opencsc.demo;

import java.util.List;
import org.opencsc.platform.DatabaseOrigin;
import org.opencsc.platform.OpenCscProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The demo sign-ins (admin, sw1 ... all with the password "demo") belong to the demo on the
 * embedded database only. On a council's own (external) database the application refuses to
 * start while any account can still sign in with that password, and refuses to load a demo there.
 * Runs before anything else at start, so that nothing is created first.
 *
 * <p>Only the accounts that can hold the demo password are checked (each check costs an Argon2
 * hash): those named like a demo sign-in, and any whose hash is shared with another account, as
 * the demo's are. Every password set through the application is 12 characters or more, so "demo"
 * cannot be any other account's.
 */
@Component
@Order(-10)
class DemoPasswordGuard implements ApplicationRunner {

    static final String DEMO_PASSWORD = "demo";

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final OpenCscProperties properties;
    private final DatabaseOrigin origin;

    DemoPasswordGuard(JdbcClient jdbc, PasswordEncoder encoder, OpenCscProperties properties, DatabaseOrigin origin) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.properties = properties;
        this.origin = origin;
    }

    @Override
    public void run(ApplicationArguments args) {
        check(origin, properties.demo());
    }

    /** Throws, naming what to do, when the application must not start on this database. */
    void check(DatabaseOrigin where, String requestedDemo) {
        if (where != DatabaseOrigin.EXTERNAL) {
            return;
        }
        if (DemoProfile.named(requestedDemo).isPresent()) {
            throw new IllegalStateException("opencsc.demo=" + requestedDemo + " would load the demo authority, whose sign-ins all have"
                    + " the password \"demo\", into an external database. The demo runs on the embedded database only: start without"
                    + " spring.datasource.url / DATABASE_URL, or with --opencsc.demo=none.");
        }
        var found = accountsWithDemoPassword();
        if (!found.isEmpty()) {
            throw new IllegalStateException("Refusing to start: these accounts on the external database still have the demo password"
                    + " \"demo\": " + String.join(", ", found) + ". Disable them or give them new passwords (for example with psql:"
                    + " update staff_user set enabled = false where username in (...)), then start again.");
        }
    }

    /** Usernames, on this database, that sign in with the password "demo" and are not disabled. */
    List<String> accountsWithDemoPassword() {
        var demoNames = StaffRoster.DEMO_SIGN_INS.stream().map(signIn -> signIn.username().toLowerCase(java.util.Locale.ROOT)).toList();
        var hashes = jdbc.sql("""
                        select distinct password_hash from staff_user
                        where enabled and password_hash is not null
                          and (lower(username) in (:demoNames)
                               or password_hash in (select password_hash from staff_user where password_hash is not null
                                                    group by password_hash having count(*) > 1))
                        """)
                .param("demoNames", demoNames)
                .query(String.class)
                .list();
        var demoHashes = hashes.stream().filter(hash -> matchesDemo(hash)).toList();
        if (demoHashes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select username from staff_user where enabled and password_hash in (:hashes) order by username")
                .param("hashes", demoHashes)
                .query(String.class)
                .list();
    }

    private boolean matchesDemo(String hash) {
        try {
            return encoder.matches(DEMO_PASSWORD, hash);
        } catch (IllegalArgumentException notAHash) {
            return false;
        }
    }
}
