package org.opencsc.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A data folder made by a version before passwords (initdb's trust, everything owned by postgres,
 * the application connecting as postgres) is brought over in place on its first start.
 */
class EmbeddedDatabaseUpgradeIT {

    @TempDir
    Path dataDir;

    @Test
    void aFolderThatTrustedEveryoneGetsPasswordsAndTheTwoRoles() throws Exception {
        makeFolderAsTheOldVersionDid();

        try (var server = EmbeddedDatabaseConfiguration.start(dataDir, false, 0)) {
            var url = "jdbc:postgresql://localhost:" + server.port() + "/opencsc";
            assertThat(Files.getPosixFilePermissions(dataDir.resolve("db-credentials"))).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "wrong")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");

            try (var pool = (HikariDataSource) new EmbeddedDatabaseConfiguration().dataSource(server)) {
                migrateAsOwner(server, pool);
                var jdbc = JdbcClient.create(pool);
                assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single()).isFalse();
                assertThat(jdbc.sql("select count(*) from pg_tables where schemaname = 'public' and tableowner = 'postgres'")
                        .query(Long.class).single()).isZero();
                assertThat(jdbc.sql("select count(*) from pg_proc p join pg_namespace n on n.oid = p.pronamespace"
                        + " where n.nspname = 'public' and p.proname = 'audit_event_append_only' and p.proowner = 'opencsc_owner'::regrole")
                        .query(Long.class).single()).isOne();
                // The records made before are still there and still the application's to read and write.
                assertThat(jdbc.sql("select count(*) from bank_holiday").query(Long.class).single()).isPositive();
                assertThat(jdbc.sql("select count(*) from audit_event where detail = 'written before the upgrade'").query(Long.class).single()).isOne();
                jdbc.sql("insert into audit_event (authority_id, username, action, detail) values (1, 'test', 'VIEW', 'after')").update();
                assertThatThrownBy(() -> jdbc.sql("update audit_event set detail = 'changed'").update())
                        .rootCause().hasMessageContaining("permission denied");
                assertThatThrownBy(() -> jdbc.sql("alter table audit_event disable trigger all").update())
                        .rootCause().hasMessageContaining("must be owner");
            }

            // A command started while the application runs finds the server and its passwords.
            try (var command = EmbeddedDatabaseConfiguration.start(dataDir, false, 0);
                 var pool = (HikariDataSource) new EmbeddedDatabaseConfiguration().dataSource(command)) {
                assertThat(command.startedHere()).isNull();
                assertThat(command.port()).isEqualTo(server.port());
                assertThat(JdbcClient.create(pool).sql("select current_user").query(String.class).single()).isEqualTo("opencsc_app");
            }
        }

        // And the folder starts again with the passwords it was given.
        try (var again = EmbeddedDatabaseConfiguration.start(dataDir, false, 0);
             var pool = (HikariDataSource) new EmbeddedDatabaseConfiguration().dataSource(again)) {
            migrateAsOwner(again, pool);
            assertThat(JdbcClient.create(pool).sql("select count(*) from audit_event").query(Long.class).single()).isEqualTo(2);
        }
    }

    /** What the old EmbeddedDatabaseConfiguration did: zonky's trust cluster, migrated and used as postgres. */
    private void makeFolderAsTheOldVersionDid() throws Exception {
        try (var old = EmbeddedPostgres.builder().setDataDirectory(dataDir.resolve("postgres")).setCleanDataDirectory(false).start()) {
            try (var connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + old.getPort() + "/postgres", "postgres", "")) {
                connection.createStatement().execute("create database opencsc encoding 'UTF8' template template0");
            }
            var url = "jdbc:postgresql://localhost:" + old.getPort() + "/opencsc";
            Flyway.configure().dataSource(url, "postgres", "").locations("classpath:db/migration").load().migrate();
            try (var connection = DriverManager.getConnection(url, "postgres", "")) {
                connection.createStatement().execute("insert into authority (id, la_code, name) values (1, '999', 'Northwold Council')");
                connection.createStatement().execute("""
                        insert into audit_event (authority_id, username, action, detail)
                        values (1, 'old', 'VIEW', 'written before the upgrade')""");
            }
        }
        assertThat(Files.exists(dataDir.resolve("db-credentials"))).isFalse();
    }

    private static void migrateAsOwner(EmbeddedDatabaseConfiguration.EmbeddedServer server, DataSource application) {
        var beans = new StaticListableBeanFactory(Map.of("dataSource", application));
        Flyway.configure()
                .dataSource("jdbc:postgresql://localhost:" + server.port() + "/opencsc", "opencsc_owner", server.credentials().owner())
                .locations("classpath:db/migration")
                .callbacks(new DatabaseGrants(beans.getBeanProvider(DataSource.class), false))
                .load()
                .migrate();
    }
}
