package org.opencsc.work;

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
class CaseNoteRepository {

    private static final String SELECT = """
            select n.*, coalesce(u.display_name, n.author) as author_name
            from case_note n left join staff_user u on lower(u.username) = lower(n.author) and u.authority_id = n.authority_id
            """;

    private final JdbcClient jdbc;
    private final CurrentAuthority authority;

    CaseNoteRepository(JdbcClient jdbc, CurrentAuthority authority) {
        this.jdbc = jdbc;
        this.authority = authority;
    }

    long insert(long personId, UUID group, int version, NoteKind kind, String subject, String body, LocalDate occurredOn,
                boolean finalised, String author, String correctionReason) {
        return jdbc.sql("""
                        insert into case_note (authority_id, person_id, note_group, version, kind, subject, body, occurred_on,
                                               status, author, finalised_at, correction_reason)
                        values (:authority, :personId, :group, :version, :kind, :subject, :body, :occurredOn,
                                :status, :author, case when :finalised then now() end, :reason)
                        returning id
                        """)
                .param("authority", authority.id())
                .param("personId", personId)
                .param("group", group)
                .param("version", version)
                .param("kind", kind == null ? null : kind.name())
                .param("subject", subject)
                .param("body", body)
                .param("occurredOn", occurredOn)
                .param("status", finalised ? "FINAL" : "DRAFT")
                .param("finalised", finalised)
                .param("author", author)
                .param("reason", correctionReason)
                .query(Long.class)
                .single();
    }

    /** Saves over a draft of this author; false if there is no such draft (finalised, or someone else's). */
    boolean updateDraft(long draftId, long personId, String author, NoteKind kind, String subject, String body,
                        LocalDate occurredOn, boolean finalise) {
        return jdbc.sql("""
                        update case_note set kind = :kind, subject = :subject, body = :body, occurred_on = :occurredOn,
                            last_saved_at = now(), status = :status, finalised_at = case when :finalise then now() end
                        where id = :id and person_id = :personId and authority_id = :authority and status = 'DRAFT'
                          and lower(author) = lower(:author)
                        """)
                .param("kind", kind == null ? null : kind.name())
                .param("subject", subject)
                .param("body", body)
                .param("occurredOn", occurredOn)
                .param("status", finalise ? "FINAL" : "DRAFT")
                .param("finalise", finalise)
                .param("id", draftId)
                .param("personId", personId)
                .param("authority", authority.id())
                .param("author", author)
                .update() == 1;
    }

    /** The latest version of every finalised note, and this author's own drafts, newest event first. */
    List<CaseNote> forPerson(long personId, String author, int limit, int offset) {
        return jdbc.sql(SELECT + """
                        where n.person_id = :personId and n.authority_id = :authority
                          and ((n.status = 'FINAL' and not exists (select 1 from case_note later
                                  where later.note_group = n.note_group and later.version > n.version and later.status = 'FINAL'))
                               or (n.status = 'DRAFT' and lower(n.author) = lower(:author)))
                        order by n.status = 'DRAFT' desc, n.occurred_on desc, n.id desc
                        limit :limit offset :offset
                        """)
                .param("personId", personId)
                .param("authority", authority.id())
                .param("author", author)
                .param("limit", limit)
                .param("offset", offset)
                .query(CaseNoteRepository::map)
                .list();
    }

    Optional<CaseNote> find(long id) {
        return jdbc.sql(SELECT + " where n.id = :id and n.authority_id = :authority")
                .param("id", id)
                .param("authority", authority.id())
                .query(CaseNoteRepository::map)
                .optional();
    }

    /** Every finalised version of every note of the person, oldest event first and each note's versions in order: for a subject access export. */
    List<CaseNote> allVersions(long personId) {
        return jdbc.sql(SELECT + """
                        where n.person_id = :personId and n.authority_id = :authority and n.status = 'FINAL'
                        order by n.occurred_on, n.note_group, n.version
                        """)
                .param("personId", personId)
                .param("authority", authority.id())
                .query(CaseNoteRepository::map)
                .list();
    }

    List<CaseNote> versions(UUID group) {
        return jdbc.sql(SELECT + " where n.note_group = :group and n.status = 'FINAL' order by n.version desc")
                .param("group", group)
                .query(CaseNoteRepository::map)
                .list();
    }

    private static CaseNote map(ResultSet row, int rowNum) throws SQLException {
        var finalised = row.getTimestamp("finalised_at");
        return new CaseNote(
                row.getLong("id"),
                row.getLong("person_id"),
                row.getObject("note_group", UUID.class),
                row.getInt("version"),
                row.getString("kind") == null ? null : NoteKind.valueOf(row.getString("kind")),
                row.getString("subject"),
                row.getString("body"),
                row.getObject("occurred_on", LocalDate.class),
                "DRAFT".equals(row.getString("status")),
                row.getString("author"),
                row.getString("author_name"),
                row.getTimestamp("created_at").toInstant(),
                row.getTimestamp("last_saved_at").toInstant(),
                finalised == null ? null : finalised.toInstant(),
                row.getString("correction_reason"));
    }
}
