package org.opencsc.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Tells whoever started the application where to sign in, and with which demo accounts. */
@Component
class StartupBanner {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final String command;

    StartupBanner(JdbcClient jdbc, PasswordEncoder passwords, @Value("${opencsc.command:}") String command) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.command = command;
    }

    private String knownDemoHash;

    private boolean isDemoPassword(String hash) {
        if (hash.equals(knownDemoHash)) {
            return true;
        }
        if (knownDemoHash == null && passwords.matches("demo", hash)) {
            knownDemoHash = hash;
            return true;
        }
        return false;
    }

    @EventListener
    void ready(ApplicationReadyEvent ready) {
        if (!command.isEmpty() || !(ready.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        var port = web.getWebServer().getPort();
        var out = new StringBuilder("\n  OpenCSC is running: sign in at http://localhost:" + port + "/\n");
        var demo = jdbc.sql("""
                        select u.username, u.role, u.password_hash from staff_user u
                        where u.username in (:names) and u.enabled and u.password_hash is not null order by u.id
                        """)
                .param("names", StaffRoster.DEMO_SIGN_INS.stream().map(StaffRoster.DemoSignIn::username).toList())
                .query((row, n) -> row.getString("username") + "|" + row.getString("role") + "|" + row.getString("password_hash"))
                .list()
                .stream()
                // A real account may share a demo name (an "admin", say): only list those whose password really is
                // "demo". The demo shares one hash, so one (slow, deliberately) Argon2 check covers them all.
                .filter(line -> isDemoPassword(line.split("\\|", 3)[2]))
                .toList();
        if (!demo.isEmpty()) {
            out.append("\n  Demo sign-ins (password: demo)\n");
            for (var line : demo) {
                var parts = line.split("\\|");
                var role = org.opencsc.security.Role.valueOf(parts[1]).label();
                out.append(String.format("    %-11s %s%n", parts[0], role));
            }
        }
        System.out.println(out);
    }
}
