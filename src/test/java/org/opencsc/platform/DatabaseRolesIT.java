package org.opencsc.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.opencsc.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The application's own connections are an unprivileged role's, and nobody reaches the embedded database without a password. */
@IntegrationTest
class DatabaseRolesIT {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    EmbeddedDatabaseConfiguration.EmbeddedServer server;

    @Test
    void theApplicationIsNeitherASuperuserNorTheOwnerOfTheAuditLog() {
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("opencsc_app");
        assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("select tableowner from pg_tables where tablename = 'audit_event'").query(String.class).single())
                .isEqualTo("opencsc_owner");
        assertThat(jdbc.sql("select count(*) from pg_tables where schemaname = 'public' and tableowner <> 'opencsc_owner'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void theAuditLogCanOnlyBeReadAndAddedTo() {
        assertThat(jdbc.sql("""
                select has_table_privilege('audit_event', 'SELECT') and has_table_privilege('audit_event', 'INSERT')
                """).query(Boolean.class).single()).isTrue();
        assertThatThrownBy(() -> jdbc.sql("update audit_event set detail = 'changed'").update()).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update()).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update()).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("alter table audit_event disable trigger audit_event_no_change").update())
                .rootCause().hasMessageContaining("must be owner");
        assertThatThrownBy(() -> jdbc.sql("alter table audit_event disable trigger all").update()).rootCause().hasMessageContaining("must be owner");
        assertThatThrownBy(() -> jdbc.sql("drop table audit_event").update()).rootCause().hasMessageContaining("must be owner");
        assertThatThrownBy(() -> jdbc.sql("set session_replication_role = replica").update()).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("create table sneaky (id int)").update()).rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void nobodyConnectsWithoutThePassword() {
        var url = "jdbc:postgresql://localhost:" + server.port() + "/opencsc";
        for (var role : new String[] {"postgres", "opencsc_owner", "opencsc_app"}) {
            assertThatThrownBy(() -> DriverManager.getConnection(url, role, "")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("password");
            assertThatThrownBy(() -> DriverManager.getConnection(url, role, "not-the-password")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
        }
    }

    @Test
    void thePasswordsAreKeptInAFileOnlyItsOwnerMayRead() throws Exception {
        assertThat(Files.getPosixFilePermissions(server.credentialsFile())).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(server.credentialsFile())).contains(server.credentials().app());
        try (var superuser = DriverManager.getConnection("jdbc:postgresql://localhost:" + server.port() + "/opencsc", "postgres",
                server.credentials().superuser());
             var hba = superuser.createStatement().executeQuery("select distinct auth_method from pg_hba_file_rules")) {
            hba.next();
            assertThat(hba.getString(1)).isEqualTo("scram-sha-256");
            assertThat(hba.next()).isFalse();
        }
    }
}
