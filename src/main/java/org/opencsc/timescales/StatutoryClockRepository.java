package org.opencsc.timescales;

import java.io.IOException;
import java.io.StringReader;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.opencsc.platform.CurrentAuthority;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class StatutoryClockRepository {

    private static final String COLUMNS = "person_id, rule, started_on, due_on, met_on";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final CurrentAuthority authority;

    StatutoryClockRepository(JdbcClient jdbc, DataSource dataSource, CurrentAuthority authority) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.authority = authority;
    }

    void replaceForPerson(long personId, List<StatutoryClock> clocks) {
        jdbc.sql("delete from statutory_clock where person_id = :personId").param("personId", personId).update();
        for (var clock : clocks) {
            jdbc.sql("""
                            insert into statutory_clock (authority_id, person_id, rule, started_on, due_on, met_on)
                            values (:authority, :personId, :rule, :startedOn, :dueOn, :metOn)
                            """)
                    .param("authority", authority.id())
                    .param("personId", personId)
                    .param("rule", clock.rule().name())
                    .param("startedOn", clock.startedOn())
                    .param("dueOn", clock.dueOn())
                    .param("metOn", clock.metOn())
                    .update();
        }
    }

    void deleteAll() {
        jdbc.sql("delete from statutory_clock where authority_id = :authority").param("authority", authority.id()).update();
    }

    /** Sends a block of clocks with COPY, in the surrounding transaction. */
    void copy(List<StatutoryClock> clocks) {
        var csv = new StringBuilder(clocks.size() * 48);
        for (var clock : clocks) {
            csv.append(authority.id()).append(',').append(clock.personId()).append(',').append(clock.rule().name()).append(',')
                    .append(clock.startedOn()).append(',').append(clock.dueOn()).append(',');
            if (clock.metOn() != null) {
                csv.append(clock.metOn());
            }
            csv.append('\n');
        }
        var connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy statutory_clock (authority_id, " + COLUMNS + ") from stdin (format csv)", new StringReader(csv.toString()));
        } catch (SQLException | IOException failed) {
            throw new IllegalStateException("Could not write the statutory clocks", failed);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    List<StatutoryClock> forPerson(long personId) {
        return jdbc.sql("select " + COLUMNS + " from statutory_clock where person_id = :personId order by due_on, rule")
                .param("personId", personId)
                .query(StatutoryClockRepository::map)
                .list();
    }

    /** The clocks still running for these children, soonest due first. */
    List<StatutoryClock> running(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from statutory_clock where met_on is null and person_id = any(:ids) order by due_on, person_id, rule")
                .param("ids", personIds.toArray(Long[]::new))
                .query(StatutoryClockRepository::map)
                .list();
    }

    /** Running clocks past their due date for these children, most overdue first, a page at a time. */
    List<StatutoryClock> overdue(Collection<Long> personIds, LocalDate today, int limit, int offset) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select %s from statutory_clock
                        where met_on is null and due_on < :today and person_id = any(:ids)
                        order by due_on, person_id, rule limit :limit offset :offset
                        """.formatted(COLUMNS))
                .param("ids", personIds.toArray(Long[]::new))
                .param("today", today)
                .param("limit", limit)
                .param("offset", offset)
                .query(StatutoryClockRepository::map)
                .list();
    }

    /** Running clocks of some rules across the authority due by a day (overdue ones first), a page at a time. */
    List<StatutoryClock> dueBy(Collection<StatutoryRule> rules, LocalDate until, int limit, int offset) {
        return jdbc.sql("""
                        select %s from statutory_clock
                        where authority_id = :authority and met_on is null and rule = any(:rules) and due_on <= :until
                        order by due_on, person_id, rule limit :limit offset :offset
                        """.formatted(COLUMNS))
                .param("authority", authority.id())
                .param("rules", rules.stream().map(StatutoryRule::name).toArray(String[]::new))
                .param("until", until)
                .param("limit", limit)
                .param("offset", offset)
                .query(StatutoryClockRepository::map)
                .list();
    }

    /** The fingerprint of the rule table the authority's clocks were last derived by, or null. */
    String derivedBy() {
        return jdbc.sql("select fingerprint from timescale_rules where authority_id = :authority")
                .param("authority", authority.id()).query(String.class).optional().orElse(null);
    }

    void markDerivedBy(String fingerprint) {
        jdbc.sql("""
                        insert into timescale_rules (authority_id, fingerprint) values (:authority, :fingerprint)
                        on conflict (authority_id) do update set fingerprint = excluded.fingerprint, derived_at = now()
                        """)
                .param("authority", authority.id()).param("fingerprint", fingerprint).update();
    }

    long countOverdue(Collection<Long> personIds, LocalDate today) {
        if (personIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from statutory_clock where met_on is null and due_on < :today and person_id = any(:ids)")
                .param("ids", personIds.toArray(Long[]::new))
                .param("today", today)
                .query(Long.class)
                .single();
    }

    private static StatutoryClock map(ResultSet row, int n) throws SQLException {
        return new StatutoryClock(row.getLong("person_id"), StatutoryRule.valueOf(row.getString("rule")),
                row.getObject("started_on", LocalDate.class), row.getObject("due_on", LocalDate.class),
                row.getObject("met_on", LocalDate.class));
    }
}
