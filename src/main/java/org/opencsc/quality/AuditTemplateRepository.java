package org.opencsc.quality;

import java.util.List;
import java.util.Optional;
import org.opencsc.platform.CurrentAuthority;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AuditTemplateRepository {

    private final JdbcClient jdbc;
    private final CurrentAuthority authority;

    AuditTemplateRepository(JdbcClient jdbc, CurrentAuthority authority) {
        this.jdbc = jdbc;
        this.authority = authority;
    }

    Optional<AuditTemplate> latest() {
        return jdbc.sql("select id from audit_template where authority_id = :authority order by version desc limit 1")
                .param("authority", authority.id()).query(Long.class).optional().flatMap(this::find);
    }

    Optional<AuditTemplate> find(long id) {
        return jdbc.sql("select * from audit_template where id = :id and authority_id = :authority")
                .param("id", id).param("authority", authority.id())
                .query((r, n) -> new AuditTemplate(r.getLong("id"), r.getInt("version"), r.getString("change_note"), r.getString("created_by"),
                        r.getObject("created_at", java.time.OffsetDateTime.class).toInstant(), questions(id), themes(id)))
                .optional();
    }

    /** A new version after the latest; empty when another save took that version number first. */
    Optional<Long> insert(int version, String changeNote, List<String[]> questions, List<String> themes, String username) {
        var id = jdbc.sql("""
                        insert into audit_template (authority_id, version, change_note, created_by) values (:authority, :version, :note, :username)
                        on conflict (authority_id, version) do nothing returning id
                        """)
                .param("authority", authority.id()).param("version", version).param("note", changeNote).param("username", username)
                .query(Long.class).optional();
        id.ifPresent(template -> {
            for (int i = 0; i < questions.size(); i++) {
                jdbc.sql("""
                                insert into audit_template_question (authority_id, template_id, position, section, question)
                                values (:authority, :template, :position, :section, :question)
                                """)
                        .param("authority", authority.id()).param("template", template).param("position", i + 1)
                        .param("section", questions.get(i)[0]).param("question", questions.get(i)[1]).update();
            }
            for (int i = 0; i < themes.size(); i++) {
                jdbc.sql("insert into audit_template_theme (authority_id, template_id, position, theme) values (:authority, :template, :position, :theme)")
                        .param("authority", authority.id()).param("template", template).param("position", i + 1).param("theme", themes.get(i))
                        .update();
            }
        });
        return id;
    }

    /** Every theme any version has offered, for filtering results across versions. */
    List<String> everyTheme() {
        return jdbc.sql("""
                        select theme from audit_template_theme where authority_id = :authority
                        group by theme order by min(position), theme
                        """)
                .param("authority", authority.id()).query(String.class).list();
    }

    private List<AuditTemplate.Question> questions(long template) {
        return jdbc.sql("select * from audit_template_question where template_id = :template and authority_id = :authority order by position")
                .param("template", template).param("authority", authority.id())
                .query((r, n) -> new AuditTemplate.Question(r.getLong("id"), r.getInt("position"), r.getString("section"), r.getString("question")))
                .list();
    }

    private List<String> themes(long template) {
        return jdbc.sql("select theme from audit_template_theme where template_id = :template and authority_id = :authority order by position")
                .param("template", template).param("authority", authority.id()).query(String.class).list();
    }

}
