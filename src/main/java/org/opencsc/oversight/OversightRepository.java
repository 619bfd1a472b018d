package org.opencsc.oversight;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opencsc.platform.CurrentAuthority;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Oversight entries and their actions: written once, read back per child. */
@Repository
class OversightRepository {

    private final JdbcClient jdbc;
    private final CurrentAuthority authority;

    OversightRepository(JdbcClient jdbc, CurrentAuthority authority) {
        this.jdbc = jdbc;
        this.authority = authority;
    }

    /** A checked entry, ready to keep. */
    record NewEntry(long personId, EntryKind kind, LocalDate heldOn, Long workerId, String considered, String decisions, PlanProgress progress,
                    List<OversightEntry.Action> actions) {
    }

    long insert(NewEntry entry, String username) {
        var id = jdbc.sql("""
                        insert into oversight_entry (authority_id, person_id, kind, held_on, held_by, worker_id, considered, decisions, progress, recorded_by)
                        values (:authority, :personId, :kind, :heldOn, :username, :workerId, :considered, :decisions, :progress, :username)
                        returning id
                        """)
                .param("authority", authority.id()).param("personId", entry.personId()).param("kind", entry.kind().name())
                .param("heldOn", entry.heldOn()).param("username", username).param("workerId", entry.workerId())
                .param("considered", entry.considered()).param("decisions", entry.decisions()).param("progress", entry.progress().name())
                .query(Long.class).single();
        for (var action : entry.actions()) {
            jdbc.sql("""
                            insert into oversight_action (authority_id, entry_id, position, action, owner, due_by)
                            values (:authority, :entry, :position, :action, :owner, :dueBy)
                            """)
                    .param("authority", authority.id()).param("entry", id).param("position", action.position())
                    .param("action", action.action()).param("owner", action.owner()).param("dueBy", action.dueBy())
                    .update();
        }
        return id;
    }

    /** The child's entries, latest held first, each with its actions in order. */
    List<OversightEntry> forPerson(long personId) {
        var entries = new ArrayList<OversightEntry>();
        jdbc.sql("""
                        select o.*, coalesce(m.display_name, o.held_by) as held_by_name, w.display_name as worker_name,
                               a.position, a.action, a.owner, a.due_by
                        from oversight_entry o
                        left join staff_user m on m.authority_id = o.authority_id and m.username = o.held_by
                        left join staff_user w on w.id = o.worker_id
                        left join oversight_action a on a.entry_id = o.id
                        where o.person_id = :personId and o.authority_id = :authority
                        order by o.held_on desc, o.id desc, a.position
                        """)
                .param("personId", personId).param("authority", authority.id())
                .query((ResultSet row) -> {
                    var id = row.getLong("id");
                    if (entries.isEmpty() || entries.getLast().id() != id) {
                        entries.add(map(row));
                    }
                    if (row.getObject("position") != null) {
                        entries.getLast().actions().add(new OversightEntry.Action(row.getInt("position"), row.getString("action"),
                                row.getString("owner"), row.getObject("due_by", LocalDate.class)));
                    }
                });
        return entries.stream().map(e -> new OversightEntry(e.id(), e.personId(), e.kind(), e.heldOn(), e.heldBy(), e.heldByName(), e.workerId(),
                e.workerName(), e.considered(), e.decisions(), e.progress(), List.copyOf(e.actions()), e.recordedBy(), e.recordedAt())).toList();
    }

    private static OversightEntry map(ResultSet row) throws SQLException {
        return new OversightEntry(row.getLong("id"), row.getLong("person_id"), EntryKind.valueOf(row.getString("kind")),
                row.getObject("held_on", LocalDate.class), row.getString("held_by"), row.getString("held_by_name"),
                (Long) row.getObject("worker_id", Long.class), row.getString("worker_name"), row.getString("considered"),
                row.getString("decisions"), PlanProgress.valueOf(row.getString("progress")), new ArrayList<>(), row.getString("recorded_by"),
                row.getTimestamp("recorded_at").toInstant());
    }
}
