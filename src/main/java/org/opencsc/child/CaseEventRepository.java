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

    /** Replaces the events a feature record put on the journey with the ones it now implies. */
    void replace(long personId, String source, long sourceId, List<Milestone> milestones, String username) {
        jdbc.sql("delete from case_event where source = :source and source_id = :sourceId and person_id = :personId")
                .param("source", source)
                .param("sourceId", sourceId)
                .param("personId", personId)
                .update();
        for (var milestone : milestones) {
            jdbc.sql("""
                            insert into case_event (person_id, kind, event_date, source, source_id, recorded_by)
                            values (:personId, :kind, :date, :source, :sourceId, :username)
                            """)
                    .param("personId", personId)
                    .param("kind", milestone.kind().name())
                    .param("date", milestone.date())
                    .param("source", source)
                    .param("sourceId", sourceId)
                    .param("username", username)
                    .update();
        }
    }

    /** Adds many records' events to a journey in one batch (a history brought in at once). */
    void insertAll(long personId, List<ChildRecordService.SourcedMilestone> milestones, String username) {
        for (var batch : partition(milestones, 500)) {
            var sql = new StringBuilder("insert into case_event (person_id, kind, event_date, source, source_id, recorded_by) values ");
            var statement = new java.util.ArrayList<Object>();
            for (var milestone : batch) {
                sql.append(statement.isEmpty() ? "(?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?)");
                statement.addAll(java.util.Arrays.asList(personId, milestone.milestone().kind().name(), milestone.milestone().date(),
                        milestone.source(), milestone.sourceId(), username));
            }
            jdbc.sql(sql.toString()).params(statement).update();
        }
    }

    private static <T> List<List<T>> partition(List<T> items, int size) {
        var parts = new java.util.ArrayList<List<T>>();
        for (int from = 0; from < items.size(); from += size) {
            parts.add(items.subList(from, Math.min(items.size(), from + size)));
        }
        return parts;
    }

    /** Every event of the authority's people, person by person in date order, without holding them all. */
    void forEachInAuthority(short authorityId, java.util.function.Consumer<CaseEvent> consumer) {
        try (var stream = jdbc.sql("""
                        select e.id, e.person_id, e.kind, e.event_date, e.source, e.recorded_by, e.recorded_at
                        from case_event e join person p on p.id = e.person_id
                        where p.authority_id = :authority
                        order by e.person_id, e.event_date, e.id
                        """)
                .param("authority", authorityId)
                .withFetchSize(5_000)
                .query(CaseEventRepository::map)
                .stream()) {
            stream.forEach(consumer);
        }
    }

    List<CaseEvent> findForPerson(long personId) {
        return jdbc.sql("""
                        select id, person_id, kind, event_date, source, recorded_by, recorded_at
                        from case_event where person_id = :personId order by event_date, id
                        """)
                .param("personId", personId)
                .query(CaseEventRepository::map)
                .list();
    }

    private static CaseEvent map(java.sql.ResultSet row, int n) throws java.sql.SQLException {
        return new CaseEvent(row.getLong("id"), row.getLong("person_id"), CaseEventKind.valueOf(row.getString("kind")),
                row.getObject("event_date", LocalDate.class), row.getString("source"), row.getString("recorded_by"),
                row.getTimestamp("recorded_at").toInstant());
    }
}
