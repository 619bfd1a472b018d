package org.opencsc.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opencsc.IntegrationTest;
import org.opencsc.platform.DatabaseOrigin;
import org.opencsc.security.Role;
import org.opencsc.security.StaffUserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The application refuses to start on an external database while any account has the demo password. */
@IntegrationTest
class DemoPasswordGuardIT {

    @Autowired
    DemoPasswordGuard guard;
    @Autowired
    StaffUserRepository users;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void anExternalDatabaseWithDemoSignInsRefusesToStart() {
        // Other tests in this run may have loaded the demo into this database: judge against what was there.
        var before = guard.accountsWithDemoPassword();

        // As the demo generator makes them: one hash of "demo" shared by every demo sign-in.
        var demoHash = encoder.encode("demo");
        var suffix = System.nanoTime() % 100000;
        var first = users.create("demo-admin-" + suffix, "Demo administrator", null, demoHash, Role.ADMINISTRATOR, null, null);
        var second = users.create("demo-worker-" + suffix, "Demo worker", null, demoHash, Role.SOCIAL_WORKER, null, null);
        try {
            assertThat(guard.accountsWithDemoPassword()).contains("demo-admin-" + suffix, "demo-worker-" + suffix);
            assertThatThrownBy(() -> guard.check(DatabaseOrigin.EXTERNAL, null))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("still have the demo password")
                    .hasMessageContaining("demo-admin-" + suffix);
            // The embedded database's demo is what the demo sign-ins are for.
            assertThatCode(() -> guard.check(DatabaseOrigin.EMBEDDED, null)).doesNotThrowAnyException();
        } finally {
            users.setEnabled(first, false);
            users.setEnabled(second, false);
        }
        assertThat(guard.accountsWithDemoPassword()).isEqualTo(before);
    }

    @Test
    void aDemoIsNotLoadedIntoAnExternalDatabase() {
        assertThatThrownBy(() -> guard.check(DatabaseOrigin.EXTERNAL, "small"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("embedded database only");
        assertThatCode(() -> guard.check(DatabaseOrigin.EMBEDDED, "small")).doesNotThrowAnyException();
    }

    @Test
    void accountsWithOtherPasswordsDoNotStopTheStart() {
        var users = guard.accountsWithDemoPassword();
        assertThat(users).noneMatch(name -> name.startsWith("social-worker-") || name.startsWith("administrator-"));
    }
}
