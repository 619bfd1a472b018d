package org.opencsc.workload;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencsc.child.CaseStatus;
import org.opencsc.platform.CurrentAuthority;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class WorkloadRepository {

    /**
     * Whether the child is in pre-proceedings or care proceedings now. Read here rather than asked
     * of the court feature child by child, so that a team's workload stays one query.
     */
    private static final String IN_PROCEEDINGS = """
            (exists (select 1 from pre_proceedings pp where pp.person_id = p.id and pp.end_date is null)
             or exists (select 1 from care_proceedings cp where cp.person_id = p.id and cp.concluded_date is null))""";

    private final JdbcClient jdbc;
    private final CurrentAuthority authority;

    WorkloadRepository(JdbcClient jdbc, CurrentAuthority authority) {
        this.jdbc = jdbc;
        this.authority = authority;
    }

    Map<String, BigDecimal> settings() {
        var chosen = new HashMap<String, BigDecimal>();
        jdbc.sql("select name, value from workload_setting where authority_id = :authority")
                .param("authority", authority.id())
                .query(row -> {
                    chosen.put(row.getString("name"), row.getBigDecimal("value"));
                });
        return chosen;
    }

    void saveSetting(String name, BigDecimal value, String username) {
        jdbc.sql("""
                        insert into workload_setting (authority_id, name, value, updated_by) values (:authority, :name, :value, :username)
                        on conflict (authority_id, name) do update set value = excluded.value, updated_by = excluded.updated_by, updated_at = now()
                        """)
                .param("authority", authority.id()).param("name", name).param("value", value).param("username", username)
                .update();
    }

    /** The child's judgements of complexity, the current one first. */
    List<ComplexityJudgement> complexityHistory(long personId) {
        return jdbc.sql("""
                        select level, reason, recorded_by, recorded_at, superseded_at from case_complexity
                        where person_id = :personId and authority_id = :authority order by superseded_at desc nulls first, id desc
                        """)
                .param("personId", personId).param("authority", authority.id())
                .query((row, n) -> new ComplexityJudgement(Complexity.valueOf(row.getString("level")), row.getString("reason"),
                        row.getString("recorded_by"), row.getTimestamp("recorded_at").toInstant(),
                        row.getTimestamp("superseded_at") == null ? null : row.getTimestamp("superseded_at").toInstant()))
                .list();
    }

    /** Supersedes the child's current judgement (if any) with a new one. */
    void judgeComplexity(long personId, Complexity level, String reason, String username) {
        jdbc.sql("update case_complexity set superseded_at = now() where person_id = :personId and authority_id = :authority and superseded_at is null")
                .param("personId", personId).param("authority", authority.id())
                .update();
        jdbc.sql("""
                        insert into case_complexity (authority_id, person_id, level, reason, recorded_by)
                        values (:authority, :personId, :level, :reason, :username)
                        """)
                .param("authority", authority.id()).param("personId", personId).param("level", level.name()).param("reason", reason)
                .param("username", username)
                .update();
    }

    /** The staff member if they belong to this authority. */
    Optional<String> workerName(long workerId) {
        return jdbc.sql("select display_name from staff_user where id = :id and authority_id = :authority")
                .param("id", workerId).param("authority", authority.id())
                .query(String.class).optional();
    }

    Optional<BigDecimal> fte(long workerId) {
        return jdbc.sql("select fte from working_pattern where staff_user_id = :id and authority_id = :authority")
                .param("id", workerId).param("authority", authority.id())
                .query(BigDecimal.class).optional();
    }

    void saveFte(long workerId, BigDecimal fte, String username) {
        jdbc.sql("""
                        insert into working_pattern (authority_id, staff_user_id, fte, updated_by) values (:authority, :id, :fte, :username)
                        on conflict (staff_user_id) do update set fte = excluded.fte, updated_by = excluded.updated_by, updated_at = now()
                        """)
                .param("authority", authority.id()).param("id", workerId).param("fte", fte).param("username", username)
                .update();
    }

    /** One worker's children, counted by case status, in proceedings and highly complex. */
    record Held(long workerId, String workerName, long teamId, String teamName, BigDecimal fte, CaseStatus caseStatus, int children,
                int inProceedings, int highComplexity) {
    }

    /**
     * Every case-holding worker's children by case status, in one query: a worker is shown in
     * their own team, with every child allocated to them, restricted or not (the figures name
     * nobody). Social workers holding nobody are listed too, as capacity. Either filter may be null.
     */
    List<Held> held(Long teamId, Long workerId) {
        return jdbc.sql("""
                        with held as (
                            select al.worker_id, p.case_status, count(*) as children,
                                   count(*) filter (where %s) as in_proceedings,
                                   count(*) filter (where cc.level = 'HIGH') as high_complexity
                            from allocation al
                            join person p on p.id = al.person_id
                            left join case_complexity cc on cc.person_id = p.id and cc.superseded_at is null
                            where al.end_date is null and al.worker_id is not null and p.authority_id = :authority
                              and (cast(:team as bigint) is null or al.worker_id in (select id from staff_user where team_id = :team))
                              and (cast(:worker as bigint) is null or al.worker_id = :worker)
                            group by al.worker_id, p.case_status
                        )
                        select u.id as worker_id, u.display_name, t.id as team_id, t.name as team_name, coalesce(wp.fte, 1.00) as fte,
                               h.case_status, coalesce(h.children, 0) as children, coalesce(h.in_proceedings, 0) as in_proceedings,
                               coalesce(h.high_complexity, 0) as high_complexity
                        from staff_user u
                        join team t on t.id = u.team_id
                        left join working_pattern wp on wp.staff_user_id = u.id
                        left join held h on h.worker_id = u.id
                        where u.authority_id = :authority
                          and (cast(:team as bigint) is null or t.id = :team)
                          and (cast(:worker as bigint) is null or u.id = :worker)
                          and (h.worker_id is not null or (u.role = 'SOCIAL_WORKER' and u.enabled))
                        order by t.name, t.id, u.display_name, u.id
                        """.formatted(IN_PROCEEDINGS))
                .param("authority", authority.id()).param("team", teamId).param("worker", workerId)
                .query((row, n) -> new Held(row.getLong("worker_id"), row.getString("display_name"), row.getLong("team_id"),
                        row.getString("team_name"), row.getBigDecimal("fte"),
                        row.getString("case_status") == null ? null : CaseStatus.valueOf(row.getString("case_status")),
                        row.getInt("children"), row.getInt("in_proceedings"), row.getInt("high_complexity")))
                .list();
    }

    /** A child allocated to the worker, with what weighs on the worker: no names (those come only for children the reader may see). */
    record Allocated(long personId, CaseStatus caseStatus, boolean inProceedings, Complexity complexity, LocalDate allocatedOn) {
    }

    List<Allocated> allocatedTo(long workerId) {
        return jdbc.sql("""
                        select p.id, p.case_status, %s as in_proceedings, coalesce(cc.level, 'STANDARD') as level, al.start_date
                        from allocation al
                        join person p on p.id = al.person_id
                        left join case_complexity cc on cc.person_id = p.id and cc.superseded_at is null
                        where al.end_date is null and al.worker_id = :worker and p.authority_id = :authority
                        order by al.start_date, p.id
                        """.formatted(IN_PROCEEDINGS))
                .param("worker", workerId).param("authority", authority.id())
                .query((row, n) -> new Allocated(row.getLong("id"), CaseStatus.valueOf(row.getString("case_status")), row.getBoolean("in_proceedings"),
                        Complexity.valueOf(row.getString("level")), row.getObject("start_date", LocalDate.class)))
                .list();
    }
}
