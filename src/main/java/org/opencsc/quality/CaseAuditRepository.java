package org.opencsc.quality;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencsc.platform.CurrentAuthority;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CaseAuditRepository {

    private static final String COUNTS = """
            count(*) filter (where final_grade = 'OUTSTANDING') as outstanding,
            count(*) filter (where final_grade = 'GOOD') as good,
            count(*) filter (where final_grade = 'REQUIRES_IMPROVEMENT') as requires_improvement,
            count(*) filter (where final_grade = 'INADEQUATE') as inadequate
            """;

    private final JdbcClient jdbc;
    private final CurrentAuthority authority;

    CaseAuditRepository(JdbcClient jdbc, CurrentAuthority authority) {
        this.jdbc = jdbc;
        this.authority = authority;
    }

    long insert(long personId, long templateId, Long teamId, long auditorId, String auditorName, LocalDate startedOn) {
        return jdbc.sql("""
                        insert into case_audit (authority_id, person_id, template_id, team_id, auditor_id, auditor_name, started_on)
                        values (:authority, :person, :template, :team, :auditor, :name, :started) returning id
                        """)
                .param("authority", authority.id()).param("person", personId).param("template", templateId).param("team", teamId)
                .param("auditor", auditorId).param("name", auditorName).param("started", startedOn)
                .query(Long.class).single();
    }

    /** Writes the auditor's work over the draft; finalised when {@code finalisedOn} is given. False if the draft changed meanwhile. */
    boolean save(long id, int version, CaseAuditWork work, LocalDate finalisedOn) {
        var updated = jdbc.sql("""
                        update case_audit set overall_grade = :overall, strengths = :strengths, improvements = :improvements, actions = :actions,
                               finalised_on = :finalised, version = version + 1
                        where id = :id and authority_id = :authority and version = :version and finalised_on is null
                        """)
                .param("overall", work.overallGrade() == null ? null : work.overallGrade().name()).param("strengths", work.strengths())
                .param("improvements", work.improvements()).param("actions", work.actions()).param("finalised", finalisedOn)
                .param("id", id).param("authority", authority.id()).param("version", version)
                .update() == 1;
        if (!updated) {
            return false;
        }
        jdbc.sql("delete from case_audit_answer where audit_id = :id and authority_id = :authority").param("id", id).param("authority", authority.id())
                .update();
        work.answers().forEach((question, answer) -> jdbc.sql("""
                        insert into case_audit_answer (authority_id, audit_id, question_id, grade, comment)
                        values (:authority, :id, :question, :grade, :comment)
                        """)
                .param("authority", authority.id()).param("id", id).param("question", question)
                .param("grade", answer.grade() == null ? null : answer.grade().name()).param("comment", answer.comment()).update());
        jdbc.sql("delete from case_audit_theme where audit_id = :id and authority_id = :authority").param("id", id).param("authority", authority.id())
                .update();
        for (var theme : work.themes()) {
            jdbc.sql("insert into case_audit_theme (authority_id, audit_id, theme) values (:authority, :id, :theme)")
                    .param("authority", authority.id()).param("id", id).param("theme", theme).update();
        }
        return true;
    }

    boolean moderate(long id, int version, long moderatorId, String moderatorName, LocalDate on, AuditGrade grade, String reason) {
        return jdbc.sql("""
                        update case_audit set moderator_id = :moderator, moderator_name = :name, moderated_on = :on, moderated_grade = :grade,
                               moderation_reason = :reason, version = version + 1
                        where id = :id and authority_id = :authority and version = :version and finalised_on is not null and moderator_id is null
                        """)
                .param("moderator", moderatorId).param("name", moderatorName).param("on", on).param("grade", grade.name()).param("reason", reason)
                .param("id", id).param("authority", authority.id()).param("version", version)
                .update() == 1;
    }

    Optional<CaseAudit> find(long personId, long id) {
        return jdbc.sql("select * from case_audit where id = :id and person_id = :person and authority_id = :authority")
                .param("id", id).param("person", personId).param("authority", authority.id())
                .query((r, n) -> map(r, answers(id), themes(id)))
                .optional();
    }

    /** The child's audits, newest first, without their answers. */
    List<CaseAudit> forPerson(long personId) {
        return jdbc.sql("select * from case_audit where person_id = :person and authority_id = :authority order by started_on desc, id desc")
                .param("person", personId).param("authority", authority.id())
                .query((r, n) -> map(r, Map.of(), List.of()))
                .list();
    }

    /** One page of the results list, newest first. */
    List<AuditLine> page(AuditFilter filter) {
        var where = new Where(filter);
        return jdbc.sql("""
                        select a.id, a.person_id, a.team_id, a.auditor_name, a.started_on, a.finalised_on, a.overall_grade, a.final_grade,
                               a.moderator_id is not null as moderated,
                               (select string_agg(t.theme, ', ' order by t.theme) from case_audit_theme t where t.audit_id = a.id) as themes
                        from case_audit a where %s
                        order by coalesce(a.finalised_on, a.started_on) desc, a.id desc limit :limit offset :offset
                        """.formatted(where.sql))
                .params(where.params).param("limit", AuditFilter.PAGE_SIZE).param("offset", filter.offset())
                .query((r, n) -> new AuditLine(r.getLong("id"), r.getLong("person_id"), (Long) r.getObject("team_id"), r.getString("auditor_name"),
                        r.getObject("started_on", LocalDate.class), r.getObject("finalised_on", LocalDate.class), grade(r, "overall_grade"),
                        grade(r, "final_grade"), r.getBoolean("moderated"), r.getString("themes")))
                .list();
    }

    long count(AuditFilter filter) {
        var where = new Where(filter);
        return jdbc.sql("select count(*) from case_audit a where " + where.sql).params(where.params).query(Long.class).single();
    }

    /** Counted grades of the audits finalised in each month from {@code from} to {@code to}; months with none are left out. */
    Map<YearMonth, GradeCounts> monthlyGrades(Long teamId, YearMonth from, YearMonth to) {
        var byMonth = new LinkedHashMap<YearMonth, GradeCounts>();
        jdbc.sql("""
                        select date_trunc('month', finalised_on)::date as month, %s
                        from case_audit
                        where authority_id = :authority and finalised_on >= :from and finalised_on < :to %s
                        group by 1 order by 1
                        """.formatted(COUNTS, teamId == null ? "" : "and team_id = :team"))
                .params(period(teamId, from, to))
                .query(r -> {
                    byMonth.put(YearMonth.from(r.getObject("month", LocalDate.class)), counts(r));
                });
        return byMonth;
    }

    /** Counted grades per team (null for children no team held) of the audits finalised in the period. */
    Map<Long, GradeCounts> teamGrades(YearMonth from, YearMonth to) {
        var byTeam = new LinkedHashMap<Long, GradeCounts>();
        jdbc.sql("""
                        select team_id, %s from case_audit
                        where authority_id = :authority and finalised_on >= :from and finalised_on < :to
                        group by team_id order by count(*) desc, team_id
                        """.formatted(COUNTS))
                .params(period(null, from, to))
                .query(r -> {
                    byTeam.put((Long) r.getObject("team_id"), counts(r));
                });
        return byTeam;
    }

    List<ThemeCount> themes(Long teamId, YearMonth from, YearMonth to) {
        return jdbc.sql("""
                        select t.theme, count(*) as audits
                        from case_audit a join case_audit_theme t on t.audit_id = a.id
                        where a.authority_id = :authority and a.finalised_on >= :from and a.finalised_on < :to %s
                        group by t.theme order by count(*) desc, t.theme
                        """.formatted(teamId == null ? "" : "and a.team_id = :team"))
                .params(period(teamId, from, to))
                .query((r, n) -> new ThemeCount(r.getString("theme"), r.getInt("audits")))
                .list();
    }

    AuditResults.Moderation moderation(YearMonth from, YearMonth to) {
        return jdbc.sql("""
                        select count(*) as finalised, count(moderator_id) as moderated,
                               count(*) filter (where moderated_grade <> overall_grade) as changed
                        from case_audit where authority_id = :authority and finalised_on >= :from and finalised_on < :to
                        """)
                .params(period(null, from, to))
                .query((r, n) -> new AuditResults.Moderation(r.getInt("finalised"), r.getInt("moderated"), r.getInt("changed")))
                .single();
    }

    private Map<String, Object> period(Long teamId, YearMonth from, YearMonth to) {
        var params = new HashMap<String, Object>();
        params.put("authority", authority.id());
        params.put("from", from.atDay(1));
        params.put("to", to.plusMonths(1).atDay(1));
        if (teamId != null) {
            params.put("team", teamId);
        }
        return params;
    }

    /** The results list's conditions, built from the filters that are set. */
    private final class Where {
        final String sql;
        final Map<String, Object> params = new HashMap<>();

        Where(AuditFilter filter) {
            var conditions = new ArrayList<String>();
            conditions.add("a.authority_id = :authority");
            params.put("authority", authority.id());
            if (filter.teamId() != null) {
                conditions.add("a.team_id = :team");
                params.put("team", filter.teamId());
            }
            if (filter.grade() != null) {
                conditions.add("a.final_grade = :grade");
                params.put("grade", filter.grade().name());
            }
            if (filter.theme() != null) {
                conditions.add("exists (select 1 from case_audit_theme t where t.audit_id = a.id and t.theme = :theme)");
                params.put("theme", filter.theme());
            }
            if (filter.month() != null) {
                conditions.add("coalesce(a.finalised_on, a.started_on) >= :monthStart and coalesce(a.finalised_on, a.started_on) < :monthEnd");
                params.put("monthStart", filter.month().atDay(1));
                params.put("monthEnd", filter.month().plusMonths(1).atDay(1));
            }
            sql = String.join(" and ", conditions);
        }
    }

    private Map<Long, CaseAudit.Answer> answers(long id) {
        var answers = new LinkedHashMap<Long, CaseAudit.Answer>();
        jdbc.sql("select question_id, grade, comment from case_audit_answer where audit_id = :id and authority_id = :authority")
                .param("id", id).param("authority", authority.id())
                .query(r -> {
                    answers.put(r.getLong("question_id"), new CaseAudit.Answer(grade(r, "grade"), r.getString("comment")));
                });
        return answers;
    }

    private List<String> themes(long id) {
        return jdbc.sql("select theme from case_audit_theme where audit_id = :id and authority_id = :authority order by theme")
                .param("id", id).param("authority", authority.id()).query(String.class).list();
    }

    private static GradeCounts counts(ResultSet r) throws SQLException {
        return new GradeCounts(r.getInt("outstanding"), r.getInt("good"), r.getInt("requires_improvement"), r.getInt("inadequate"));
    }

    private static AuditGrade grade(ResultSet r, String column) throws SQLException {
        var code = r.getString(column);
        return code == null ? null : AuditGrade.valueOf(code);
    }

    private static CaseAudit map(ResultSet r, Map<Long, CaseAudit.Answer> answers, List<String> themes) throws SQLException {
        return new CaseAudit(r.getLong("id"), r.getLong("person_id"), r.getLong("template_id"), (Long) r.getObject("team_id"), r.getLong("auditor_id"),
                r.getString("auditor_name"), r.getObject("started_on", LocalDate.class), r.getObject("finalised_on", LocalDate.class),
                grade(r, "overall_grade"), r.getString("strengths"), r.getString("improvements"), r.getString("actions"),
                (Long) r.getObject("moderator_id"), r.getString("moderator_name"), r.getObject("moderated_on", LocalDate.class),
                grade(r, "moderated_grade"), r.getString("moderation_reason"), r.getInt("version"), answers, themes);
    }
}
