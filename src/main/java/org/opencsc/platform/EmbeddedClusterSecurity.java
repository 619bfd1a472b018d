package org.opencsc.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import org.postgresql.PGConnection;

/**
 * Makes the embedded cluster ask every connection for a password, and gives it the two roles the
 * application uses: {@value DatabaseCredentials#OWNER} owns the database, its schema and every table
 * and runs the migrations; {@value DatabaseCredentials#APP}, which the application connects as, is no
 * superuser and owns nothing, so it cannot switch off the audit log's trigger or rewrite its rows.
 * Runs as the superuser each time this process starts the server: on a folder made by an older
 * version (no passwords, everything owned by postgres) it brings that folder over in place.
 */
final class EmbeddedClusterSecurity {

    /** Every connection, by socket or over loopback, gives a password checked with SCRAM. */
    static final String PASSWORD_HBA = """
            # Written by OpenCSC: every connection gives a password (kept in the data folder's db-credentials).
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            local   all       all                 scram-sha-256
            host    all       all   127.0.0.1/32  scram-sha-256
            host    all       all   ::1/128       scram-sha-256
            """;

    /**
     * Only while a folder is given its passwords (made by an older version, or its credentials file
     * lost): the superuser on loopback is let in so that it can set them, and nothing else.
     */
    static final String SETUP_HBA = """
            # Written by OpenCSC while it sets the database's passwords; replaced a moment later.
            host    all       postgres   127.0.0.1/32  trust
            host    all       postgres   ::1/128       trust
            """;

    private EmbeddedClusterSecurity() {
    }

    static Path hbaFile(Path dataFolder) {
        return dataFolder.resolve("pg_hba.conf");
    }

    /** Before a start on a folder whose passwords are not known: let the superuser in to set them. */
    static void openForSetup(Path dataFolder) throws IOException {
        Files.writeString(hbaFile(dataFolder), SETUP_HBA, StandardCharsets.UTF_8);
    }

    /** Sets the passwords and roles, hands the database's objects to the owner and then shuts the door. */
    static void secure(Path dataFolder, int port, String database, DatabaseCredentials credentials) throws SQLException, IOException {
        try (var connection = DriverManager.getConnection(url(port, "postgres"), DatabaseCredentials.SUPERUSER, credentials.superuser())) {
            setPassword(connection, DatabaseCredentials.SUPERUSER, credentials.superuser());
            ensureRole(connection, DatabaseCredentials.OWNER, credentials.owner());
            ensureRole(connection, DatabaseCredentials.APP, credentials.app());
            try (var statement = connection.createStatement()) {
                if (!exists(connection, "select 1 from pg_database where datname = ?", database)) {
                    statement.execute("create database " + database + " owner " + DatabaseCredentials.OWNER + " encoding 'UTF8' template template0");
                } else {
                    statement.execute("alter database " + database + " owner to " + DatabaseCredentials.OWNER);
                }
                // Only the two roles reach the application's database; the owner has every right on it already.
                statement.execute("revoke all on database " + database + " from public");
                // Temporary tables are the session's own and change nothing kept: as on any database, the application may make them.
                statement.execute("grant connect, temporary on database " + database + " to " + DatabaseCredentials.APP);
            }
            if (!PASSWORD_HBA.equals(readIfPresent(hbaFile(dataFolder)))) {
                Files.writeString(hbaFile(dataFolder), PASSWORD_HBA, StandardCharsets.UTF_8);
                try (var statement = connection.createStatement()) {
                    statement.execute("select pg_reload_conf()");
                }
            }
        }
        try (var connection = DriverManager.getConnection(url(port, database), DatabaseCredentials.SUPERUSER, credentials.superuser())) {
            handOverToOwner(connection);
        }
    }

    private static void ensureRole(Connection connection, String role, String password) throws SQLException {
        try (var statement = connection.createStatement()) {
            if (!exists(connection, "select 1 from pg_roles where rolname = ?", role)) {
                statement.execute("create role " + role + " login");
            }
            // Said every time, so that a role someone widened by hand is narrowed again.
            statement.execute("alter role " + role + " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls");
        }
        setPassword(connection, role, password);
    }

    /** The driver hashes the password (SCRAM) before sending it, so it never reaches the server's log in clear. */
    private static void setPassword(Connection connection, String role, String password) throws SQLException {
        connection.unwrap(PGConnection.class).alterUserPassword(role, password.toCharArray(), "scram-sha-256");
    }

    /**
     * Folders made before the two roles existed have every table, sequence, view and function owned by
     * postgres (REASSIGN OWNED cannot move postgres's objects, since it also owns the system's). Objects
     * an extension made stay with it.
     */
    private static void handOverToOwner(Connection connection) throws SQLException {
        var statements = new ArrayList<String>();
        try (var query = connection.prepareStatement("""
                select case c.relkind when 'v' then 'view' when 'm' then 'materialized view' when 'S' then 'sequence'
                                      when 'f' then 'foreign table' else 'table' end || ' ' || c.oid::regclass
                from pg_class c
                join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
                  and c.relowner <> ?::regrole
                  -- a sequence of a column moves with its table
                  and not (c.relkind = 'S' and exists (select 1 from pg_depend d
                           where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype in ('a', 'i')))
                  and not exists (select 1 from pg_depend e where e.classid = 'pg_class'::regclass and e.objid = c.oid and e.deptype = 'e')
                union all
                select case p.prokind when 'p' then 'procedure' when 'a' then 'aggregate' else 'function' end || ' ' || p.oid::regprocedure
                from pg_proc p
                join pg_namespace n on n.oid = p.pronamespace
                where n.nspname = 'public' and p.proowner <> ?::regrole
                  and not exists (select 1 from pg_depend e where e.classid = 'pg_proc'::regclass and e.objid = p.oid and e.deptype = 'e')
                union all
                select case t.typtype when 'd' then 'domain' else 'type' end || ' ' || t.oid::regtype
                from pg_type t
                join pg_namespace n on n.oid = t.typnamespace
                where n.nspname = 'public' and t.typtype in ('e', 'd', 'r') and t.typowner <> ?::regrole
                  and not exists (select 1 from pg_depend e where e.classid = 'pg_type'::regclass and e.objid = t.oid and e.deptype = 'e')
                """)) {
            for (int i = 1; i <= 3; i++) {
                query.setString(i, DatabaseCredentials.OWNER);
            }
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    statements.add("alter " + rows.getString(1) + " owner to " + DatabaseCredentials.OWNER);
                }
            }
        }
        var schemaOwnedElsewhere = !exists(connection,
                "select 1 from pg_namespace where nspname = 'public' and nspowner::regrole::text in ('pg_database_owner', ?)",
                DatabaseCredentials.OWNER);
        if (schemaOwnedElsewhere) {
            statements.addFirst("alter schema public owner to " + DatabaseCredentials.OWNER);
        }
        if (statements.isEmpty()) {
            return;
        }
        connection.setAutoCommit(false);
        try (var statement = connection.createStatement()) {
            for (var sql : statements) {
                statement.execute(sql);
            }
            connection.commit();
        } catch (SQLException failed) {
            connection.rollback();
            throw failed;
        }
    }

    private static boolean exists(Connection connection, String sql, String value) throws SQLException {
        try (var check = connection.prepareStatement(sql)) {
            check.setString(1, value);
            try (var rows = check.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static String readIfPresent(Path file) throws IOException {
        return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    }

    static String url(int port, String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }
}
