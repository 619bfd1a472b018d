package org.opencsc.child;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CaseEventRepository {

    private final JdbcClient jdbc;

    CaseEventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long personId, CaseEventKind kind, LocalDate date, String source, String username) {
        jdbc.sql("""
                        insert into case_event (person_id, kind, event_date, source, recorded_by)
                        values (:personId, :kind, :date, :source, :username)
                        """)
                .param("personId", personId)
                .param("kind", kind.name())
                .param("date", date)
                .param("source", source)
                .param("username", username)
                .update();
    }

    List<CaseEvent> findForPerson(long personId) {
        return jdbc.sql("""
                        select id, person_id, kind, event_date, source, recorded_by, recorded_at
                        from case_event where person_id = :personId order by event_date, id
                        """)
                .param("personId", personId)
                .query((row, n) -> new CaseEvent(row.getLong("id"), row.getLong("person_id"),
                        CaseEventKind.valueOf(row.getString("kind")), row.getObject("event_date", LocalDate.class),
                        row.getString("source"), row.getString("recorded_by"), row.getTimestamp("recorded_at").toInstant()))
                .list();
    }
}
