package org.opencsc.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs PostgreSQL inside the application when no external database is configured, keeping
 * its files in {@code opencsc.data-dir} so that a restart finds yesterday's records. When the
 * application is already running on that folder, a command ({@code java -jar opencsc.jar
 * working-days ...}) connects to its database instead of starting a second server.
 */
@Configuration(proxyBeanMethods = false)
// Matches only when spring.datasource.url is not set: "__never__" is a value nobody configures.
@ConditionalOnProperty(prefix = "spring.datasource", name = "url", matchIfMissing = true, havingValue = "__never__")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
    private static final String DATABASE = "opencsc";

    /** A PostgreSQL server on this machine: one this process started, or one already running on the folder. */
    record EmbeddedServer(int port, EmbeddedPostgres startedHere) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            if (startedHere != null) {
                startedHere.close();
            }
        }
    }

    @Bean(destroyMethod = "close")
    EmbeddedServer embeddedServer(OpenCscProperties properties) throws IOException {
        var settings = properties.embeddedDb();
        Path folder = settings.ephemeral()
                ? Files.createTempDirectory("opencsc-pg-")
                : properties.dataDir().resolve("postgres").toAbsolutePath();
        if (!settings.ephemeral()) {
            var running = runningServerPort(folder);
            if (running.isPresent()) {
                log.info("Using the PostgreSQL already running on {} (port {})", folder, running.get());
                return new EmbeddedServer(running.get(), null);
            }
        }
        Files.createDirectories(folder);
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(folder)
                .setCleanDataDirectory(settings.ephemeral())
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("work_mem", "16MB")
                .setServerConfig("synchronous_commit", settings.ephemeral() ? "off" : "on")
                .setServerConfig("fsync", settings.ephemeral() ? "off" : "on");
        if (settings.port() > 0) {
            builder.setPort(settings.port());
        }
        var postgres = builder.start();
        log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), folder);
        return new EmbeddedServer(postgres.getPort(), postgres);
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

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedServer server) throws SQLException {
        createDatabaseIfMissing(server.port());
        var config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl(server.port(), DATABASE));
        config.setUsername("postgres");
        config.setMaximumPoolSize(20);
        config.setPoolName("opencsc");
        return new HikariDataSource(config);
    }

    private static String jdbcUrl(int port, String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    private static void createDatabaseIfMissing(int port) throws SQLException {
        try (var connection = DriverManager.getConnection(jdbcUrl(port, "postgres"), "postgres", "");
             var check = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            check.setString(1, DATABASE);
            try (var rows = check.executeQuery()) {
                if (!rows.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
                    }
                }
            }
        }
    }
}
