package org.opencsc.chronology;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opencsc.platform.CurrentAuthority;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SignificantEventRepository {

    private static final String COLUMNS = """
            select id, person_id, event_group, version, event_date, category, what_happened, impact, source, recorded_by, recorded_at,
                   correction_reason
            from significant_event
            """;

    private final JdbcClient jdbc;
    private final CurrentAuthority authority;

    SignificantEventRepository(JdbcClient jdbc, CurrentAuthority authority) {
        this.jdbc = jdbc;
        this.authority = authority;
    }

    /** Writes a version; two corrections of the same version at once meet the unique (event_group, version) and one fails. */
    long insert(long personId, UUID group, int version, LocalDate date, SignificantEventCategory category, String whatHappened, String impact,
                String source, String username, String correctionReason) {
        return jdbc.sql("""
                        insert into significant_event (authority_id, person_id, event_group, version, event_date, category, what_happened, impact,
                                                       source, recorded_by, correction_reason)
                        values (:authority, :personId, :group, :version, :date, :category, :what, :impact, :source, :username, :reason)
                        returning id
                        """)
                .param("authority", authority.id()).param("personId", personId).param("group", group).param("version", version)
                .param("date", date).param("category", category.name()).param("what", whatHappened).param("impact", impact)
                .param("source", source).param("username", username).param("reason", correctionReason)
                .query(Long.class).single();
    }

    /** The latest version of each of the child's significant events. */
    List<SignificantEvent> current(long personId) {
        return jdbc.sql("select * from (select distinct on (event_group) * from (" + COLUMNS + """
                        where person_id = :personId and authority_id = :authority) e
                        order by event_group, version desc) latest order by event_date, id
                        """)
                .param("personId", personId).param("authority", authority.id())
                .query(SignificantEventRepository::map)
                .list();
    }

    Optional<SignificantEvent> find(long personId, long id) {
        return jdbc.sql(COLUMNS + " where id = :id and person_id = :personId and authority_id = :authority")
                .param("id", id).param("personId", personId).param("authority", authority.id())
                .query(SignificantEventRepository::map)
                .optional();
    }

    /** Every version of one event, newest first. */
    List<SignificantEvent> versions(long personId, UUID group) {
        return jdbc.sql(COLUMNS + " where event_group = :group and person_id = :personId and authority_id = :authority order by version desc")
                .param("group", group).param("personId", personId).param("authority", authority.id())
                .query(SignificantEventRepository::map)
                .list();
    }

    /** Every version of every event of the child, oldest event first: what a subject access export shows. */
    List<SignificantEvent> allVersions(long personId) {
        return jdbc.sql(COLUMNS + " where person_id = :personId and authority_id = :authority order by event_date, event_group, version")
                .param("personId", personId).param("authority", authority.id())
                .query(SignificantEventRepository::map)
                .list();
    }

    private static SignificantEvent map(ResultSet r, int n) throws SQLException {
        return new SignificantEvent(r.getLong("id"), r.getLong("person_id"), r.getObject("event_group", UUID.class), r.getInt("version"),
                r.getObject("event_date", LocalDate.class), SignificantEventCategory.valueOf(r.getString("category")), r.getString("what_happened"),
                r.getString("impact"), r.getString("source"), r.getString("recorded_by"), r.getTimestamp("recorded_at").toInstant(),
                r.getString("correction_reason"));
    }
}
