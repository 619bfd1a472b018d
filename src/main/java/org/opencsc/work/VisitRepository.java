package org.opencsc.work;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.opencsc.platform.CurrentAuthority;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class VisitRepository {

    private final JdbcClient jdbc;
    private final CurrentAuthority authority;

    VisitRepository(JdbcClient jdbc, CurrentAuthority authority) {
        this.jdbc = jdbc;
        this.authority = authority;
    }

    long insert(long personId, VisitKind kind, LocalDate date, boolean seen, boolean alone, String observations, String username) {
        return jdbc.sql("""
                        insert into visit (authority_id, person_id, kind, visit_date, child_seen, seen_alone, observations, recorded_by)
                        values (:authority, :personId, :kind, :date, :seen, :alone, :observations, :username) returning id
                        """)
                .param("authority", authority.id()).param("personId", personId).param("kind", kind.name()).param("date", date)
                .param("seen", seen).param("alone", alone).param("observations", observations).param("username", username)
                .query(Long.class).single();
    }

    List<Visit> forPerson(long personId, int limit) {
        return jdbc.sql("select * from visit where person_id = :personId and authority_id = :authority order by visit_date desc, id desc limit :limit")
                .param("personId", personId).param("authority", authority.id()).param("limit", limit)
                .query(VisitRepository::map)
                .list();
    }

    /** The day each child was last seen (and last seen alone), for a list of children. */
    Map<Long, LastSeen> lastSeen(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        select person_id, max(visit_date) as seen, max(visit_date) filter (where seen_alone) as alone
                        from visit where child_seen and person_id = any(:ids) group by person_id
                        """)
                .param("ids", personIds.toArray(Long[]::new))
                .query((r, n) -> new LastSeen(r.getLong("person_id"), r.getObject("seen", LocalDate.class), r.getObject("alone", LocalDate.class)))
                .list().stream().collect(Collectors.toMap(LastSeen::personId, s -> s));
    }

    private static Visit map(ResultSet r, int n) throws SQLException {
        return new Visit(r.getLong("id"), r.getLong("person_id"), VisitKind.valueOf(r.getString("kind")), r.getObject("visit_date", LocalDate.class),
                r.getBoolean("child_seen"), r.getBoolean("seen_alone"), r.getString("observations"), r.getString("recorded_by"));
    }
}
