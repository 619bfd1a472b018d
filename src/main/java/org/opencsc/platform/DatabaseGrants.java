package org.opencsc.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * After every migration, as the schema's owner, gives the application's role what it needs and no
 * more: reading and writing the records, but only reading and adding to the audit log. Tables a
 * later migration makes are granted by default privileges as well as here, and databases made
 * before the two roles existed are brought over on their first start.
 *
 * <p>Then checks the application's role, on the embedded database and on one the council runs
 * alike: a superuser, the owner of the audit log, or a role that may update, delete or empty it
 * could rewrite history, so the application refuses to start with one (see docs/database-roles.md).
 */
@Component
class DatabaseGrants implements Callback {

    private static final Logger log = LoggerFactory.getLogger(DatabaseGrants.class);
    private static final String AUDIT_TABLE = "audit_event";

    private final ObjectProvider<DataSource> applicationDataSource;
    private final boolean privilegedRoleAllowed;

    DatabaseGrants(ObjectProvider<DataSource> applicationDataSource,
                   @Value("${opencsc.external-db.allow-privileged-app-role:false}") boolean privilegedRoleAllowed) {
        this.applicationDataSource = applicationDataSource;
        this.privilegedRoleAllowed = privilegedRoleAllowed;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            var migrations = context.getConnection();
            var appRole = applicationRole();
            var ownerRole = single(migrations, "select current_user", null);
            if (!appRole.equals(ownerRole)) {
                grant(migrations, appRole, context.getConfiguration().getTable());
            }
            var problems = problemsOf(migrations, appRole);
            if (problems.isEmpty()) {
                return;
            }
            var message = "The application connects to PostgreSQL as \"" + appRole + "\", which " + String.join(", ", problems)
                    + ": it could change or empty the audit log. Run the migrations as the owner of the schema"
                    + " (spring.flyway.user and spring.flyway.password) and connect the application as a role that is not a"
                    + " superuser and owns nothing (spring.datasource.username); docs/database-roles.md has the SQL.";
            if (privilegedRoleAllowed) {
                log.warn("{} Starting anyway, because opencsc.external-db.allow-privileged-app-role is true.", message);
            } else {
                throw new IllegalStateException(message);
            }
        } catch (SQLException failed) {
            throw new IllegalStateException("Granting the application's role its rights failed: " + failed.getMessage(), failed);
        }
    }

    /** The role the application's pool connects as, asked of the pool itself, wherever its name was configured. */
    private String applicationRole() throws SQLException {
        try (var connection = applicationDataSource.getObject().getConnection()) {
            return single(connection, "select current_user", null);
        }
    }

    private static void grant(Connection connection, String appRole, String migrationsTable) throws SQLException {
        var app = quoted(appRole);
        var maintain = Integer.parseInt(single(connection, "show server_version_num", null)) >= 170000;
        var statements = new ArrayList<>(List.of(
                "grant usage on schema public to " + app,
                "grant select, insert, update, delete on all tables in schema public to " + app,
                "grant usage, select, update on all sequences in schema public to " + app,
                "alter default privileges in schema public grant select, insert, update, delete on tables to " + app,
                "alter default privileges in schema public grant usage, select, update on sequences to " + app));
        if (maintain) {
            // ANALYZE after a bulk load (the demo, a legacy import) needs MAINTAIN since PostgreSQL 17, which a
            // non-owner lacks; it cannot change a row.
            statements.add("grant maintain on all tables in schema public to " + app);
            statements.add("alter default privileges in schema public grant maintain on tables to " + app);
        }
        if (single(connection, "select to_regclass(?)::text", AUDIT_TABLE) != null) {
            statements.add("revoke update, delete, truncate, references, trigger" + (maintain ? ", maintain" : "")
                    + " on " + AUDIT_TABLE + " from " + app);
            var sequence = single(connection, "select pg_get_serial_sequence(?, 'id')", AUDIT_TABLE);
            if (sequence != null) {
                // Resetting the audit log's numbering would let rows be numbered out of the order they were written in.
                statements.add("revoke update on sequence " + sequence + " from " + app);
            }
        }
        if (single(connection, "select to_regclass(?)::text", quoted(migrationsTable)) != null) {
            statements.add("revoke all on " + quoted(migrationsTable) + " from " + app);
        }
        try (var statement = connection.createStatement()) {
            for (var sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** What the application's role may do that it must not, in words; empty when nothing. */
    static List<String> problemsOf(Connection connection, String appRole) throws SQLException {
        var problems = new ArrayList<String>();
        if ("true".equals(single(connection, "select rolsuper::text from pg_roles where rolname = ?", appRole))) {
            problems.add("is a superuser");
        }
        if (single(connection, "select to_regclass(?)::text", AUDIT_TABLE) == null) {
            return problems;
        }
        if ("true".equals(single(connection, "select pg_has_role(?, (select relowner from pg_class where oid = 'audit_event'::regclass), 'USAGE')::text", appRole))) {
            problems.add("owns " + AUDIT_TABLE + " (or acts as its owner)");
        }
        for (var privilege : List.of("UPDATE", "DELETE", "TRUNCATE")) {
            if ("true".equals(single(connection, "select has_table_privilege(?, 'audit_event', '" + privilege + "')::text", appRole))) {
                problems.add("may " + privilege + " " + AUDIT_TABLE);
            }
        }
        return problems;
    }

    private static String single(Connection connection, String sql, String parameter) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            try (var rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    @Override
    public String getCallbackName() {
        return "grants to the application's role";
    }
}
