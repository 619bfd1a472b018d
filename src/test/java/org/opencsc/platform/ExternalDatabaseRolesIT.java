package org.opencsc.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencsc.OpenCscApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On a database the council runs, the same two roles are set up by configuration: the pool as the
 * application's role, the migrations as the owner; and a pool that could change the audit log stops
 * the start with the fix in its message.
 */
class ExternalDatabaseRolesIT {

    @TempDir
    Path root;

    @Test
    void theApplicationRunsAsItsOwnRoleAndRefusesOneThatCouldChangeTheAuditLog() throws Exception {
        // A PostgreSQL with the two roles, as docs/database-roles.md has an IT department make them.
        try (var server = EmbeddedDatabaseConfiguration.start(root, false, 0)) {
            var url = "--spring.datasource.url=jdbc:postgresql://localhost:" + server.port() + "/opencsc";

            assertThatThrownBy(() -> start(url, "--spring.datasource.username=opencsc_owner",
                    "--spring.datasource.password=" + server.credentials().owner()).close())
                    .hasStackTraceContaining("owns audit_event")
                    .hasStackTraceContaining("docs/database-roles.md");

            try (var context = start(url, "--spring.datasource.username=opencsc_app", "--spring.datasource.password=" + server.credentials().app(),
                    "--spring.flyway.user=opencsc_owner", "--spring.flyway.password=" + server.credentials().owner())) {
                var jdbc = JdbcClient.create(context.getBean(DataSource.class));
                assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("opencsc_app");
                assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single()).isFalse();
                assertThat(jdbc.sql("select has_table_privilege('audit_event', 'UPDATE') or has_table_privilege('audit_event', 'DELETE')"
                        + " or has_table_privilege('audit_event', 'TRUNCATE')").query(Boolean.class).single()).isFalse();
                assertThat(jdbc.sql("select has_table_privilege('person', 'UPDATE')").query(Boolean.class).single()).isTrue();
            }
        }
    }

    private static org.springframework.context.ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(OpenCscApplication.class).web(WebApplicationType.NONE)
                .properties("opencsc.demo=none", "spring.task.scheduling.pool.size=1")
                .run(args);
    }
}
