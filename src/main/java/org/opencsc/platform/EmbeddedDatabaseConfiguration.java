package org.opencsc.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs PostgreSQL inside the application when no external database is configured, keeping
 * its files in {@code opencsc.data-dir} so that a restart finds yesterday's records. When the
 * application is already running on that folder, a command ({@code java -jar opencsc.jar
 * working-days ...}) connects to its database instead of starting a second server.
 *
 * <p>Nobody connects without a password: the passwords of the superuser, the schema's owner (which
 * runs the migrations) and the application's role are kept in {@code db-credentials} beside the
 * {@code postgres} folder, readable by the account running OpenCSC only (see
 * {@link EmbeddedClusterSecurity}).
 */
@Configuration(proxyBeanMethods = false)
// Matches only when spring.datasource.url is not set: "__never__" is a value nobody configures.
@ConditionalOnProperty(prefix = "spring.datasource", name = "url", matchIfMissing = true, havingValue = "__never__")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
    private static final String DATABASE = "opencsc";
    static final String CREDENTIALS_FILE = "db-credentials";

    /**
     * A PostgreSQL server on this machine: one this process started, or one already running on the
     * folder; with the passwords of its roles, read from the file beside its data.
     */
    record EmbeddedServer(int port, EmbeddedPostgres startedHere, DatabaseCredentials credentials, Path credentialsFile,
                          Path temporaryFolder) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            if (startedHere != null) {
                startedHere.close();
            }
            if (temporaryFolder != null) {
                Files.deleteIfExists(credentialsFile);
                try {
                    Files.deleteIfExists(temporaryFolder);
                } catch (java.nio.file.DirectoryNotEmptyException leftBehind) {
                    log.debug("Left {} behind: {}", temporaryFolder, leftBehind.getMessage());
                }
            }
        }
    }

    @Bean(destroyMethod = "close")
    EmbeddedServer embeddedServer(OpenCscProperties properties) throws IOException, SQLException {
        var settings = properties.embeddedDb();
        if (settings.ephemeral()) {
            var root = Files.createTempDirectory("opencsc-pg-");
            // Also when the server is stopped by its own shutdown hook rather than by close(): deleted once the hooks have run.
            root.toFile().deleteOnExit();
            root.resolve(CREDENTIALS_FILE).toFile().deleteOnExit();
            return start(root, true, settings.port());
        }
        return start(properties.dataDir().toAbsolutePath(), false, settings.port());
    }

    /**
     * Starts the server on {@code root/postgres}, or finds the one running there. The passwords live
     * beside the cluster's folder, not in it, so that copying the data folder for a backup keeps them
     * and PostgreSQL never serves them.
     */
    static EmbeddedServer start(Path root, boolean ephemeral, int port) throws IOException, SQLException {
        Path folder = root.resolve("postgres");
        Path credentialsFile = root.resolve(CREDENTIALS_FILE);
        if (!ephemeral) {
            var running = runningServerPort(folder);
            if (running.isPresent()) {
                var credentials = DatabaseCredentials.read(credentialsFile).orElseThrow(() -> new IllegalStateException(
                        "The PostgreSQL running on " + folder + " has no " + credentialsFile + ": restart the application so that it sets the passwords."));
                log.info("Using the PostgreSQL already running on {} (port {})", folder, running.get());
                return new EmbeddedServer(running.get(), null, credentials, credentialsFile, null);
            }
        }
        Files.createDirectories(folder);
        var known = DatabaseCredentials.read(credentialsFile);
        var credentials = known.orElseGet(DatabaseCredentials::random);
        if (known.isEmpty()) {
            // Written before the cluster hears of them, so that a start cut short is finished by the next one.
            credentials.write(credentialsFile);
            if (Files.isRegularFile(EmbeddedClusterSecurity.hbaFile(folder))) {
                log.warn("Giving the embedded database in {} passwords (kept in {}); it had none", folder, credentialsFile);
            }
        }
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(folder)
                .setCleanDataDirectory(ephemeral)
                // A folder whose passwords are not set yet lets only the superuser in, on loopback, until they are.
                .setDataDirectoryCustomizer(data -> {
                    if (known.isEmpty()) {
                        try {
                            EmbeddedClusterSecurity.openForSetup(data.toPath());
                        } catch (IOException failed) {
                            throw new UncheckedIOException(failed);
                        }
                    }
                })
                .setConnectConfig("password", credentials.superuser())
                .setServerConfig("password_encryption", "scram-sha-256")
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("work_mem", "16MB")
                .setServerConfig("synchronous_commit", ephemeral ? "off" : "on")
                .setServerConfig("fsync", ephemeral ? "off" : "on");
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres;
        try {
            postgres = builder.start();
        } catch (IOException refused) {
            if (known.isPresent() && refused.getCause() instanceof SQLException) {
                throw new IllegalStateException("The embedded database in " + folder + " refused the passwords in " + credentialsFile
                        + ". Restore that file from the backup of this folder, or delete it to set new passwords on the next start.", refused);
            }
            throw refused;
        }
        var server = new EmbeddedServer(postgres.getPort(), postgres, credentials, credentialsFile, ephemeral ? root : null);
        try {
            EmbeddedClusterSecurity.secure(folder, postgres.getPort(), DATABASE, credentials);
        } catch (SQLException | IOException | RuntimeException failed) {
            server.close();
            throw failed;
        }
        log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), folder);
        return server;
    }

    /** PostgreSQL's postmaster.pid names the server's process and, on its fourth line, its port. */
    static Optional<Integer> runningServerPort(Path folder) throws IOException {
        var pidFile = folder.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        var lines = Files.readAllLines(pidFile);
        if (lines.size() < 4 || lines.get(0).isBlank() || lines.get(3).isBlank()) {
            return Optional.empty();
        }
        var alive = ProcessHandle.of(Long.parseLong(lines.get(0).strip())).map(ProcessHandle::isAlive).orElse(false);
        return alive ? Optional.of(Integer.parseInt(lines.get(3).strip())) : Optional.empty();
    }

    @Bean
    DatabaseOrigin databaseOrigin() {
        return DatabaseOrigin.EMBEDDED;
    }

    /** The application's pool connects as the role that owns nothing and may not change the audit log. */
    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedServer server) {
        var config = new HikariConfig();
        config.setJdbcUrl(EmbeddedClusterSecurity.url(server.port(), DATABASE));
        config.setUsername(DatabaseCredentials.APP);
        config.setPassword(server.credentials().app());
        config.setMaximumPoolSize(20);
        config.setPoolName("opencsc");
        return new HikariDataSource(config);
    }

    /** Migrations run as the owner of the schema, on a connection of their own. */
    @Bean
    FlywayConfigurationCustomizer migrationsAsOwner(EmbeddedServer server) {
        return configuration -> configuration.dataSource(
                EmbeddedClusterSecurity.url(server.port(), DATABASE), DatabaseCredentials.OWNER, server.credentials().owner());
    }
}
