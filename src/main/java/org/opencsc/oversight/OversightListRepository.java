package org.opencsc.oversight;

import org.opencsc.child.HiddenRecords;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.opencsc.platform.CurrentAuthority;
import org.opencsc.timescales.StatutoryRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The authority's late oversight and drift lists, each page one set-based query over the
 * children's key events, their derived clocks and the oversight entries (read, never written
 * here), so that a list costs the same for 60,000 children as for 600.
 */
@Repository
class OversightListRepository {

    static final Set<StatutoryRule> REVIEWS = EnumSet.of(StatutoryRule.CIN_REVIEW_DUE, StatutoryRule.FIRST_REVIEW_CONFERENCE_DUE,
            StatutoryRule.REVIEW_CONFERENCE_DUE, StatutoryRule.FIRST_CARE_REVIEW_DUE, StatutoryRule.CARE_REVIEW_DUE);
    static final Set<StatutoryRule> VISITS = EnumSet.of(StatutoryRule.CIN_VISIT_DUE, StatutoryRule.CP_VISIT_DUE, StatutoryRule.STATUTORY_VISIT_DUE);

    private static final String OVERSIGHT = StatutoryRule.OVERSIGHT_DUE.name();

    /** A child whose oversight is overdue, and the team that holds them (null when none). */
    record LateRow(long personId, LocalDate dueOn, long daysOverdue, LocalDate lastHeldOn, Long teamId) {
    }

    /** A child with at least one sign of drift. */
    record DriftRow(long personId, Set<DriftReason> reasons, LocalDate cpPlanStarted, Long teamId) {
    }

    private static final String HOLDING_TEAM = """
            left join lateral (select a.team_id from allocation a where a.person_id = %s and a.end_date is null
                               order by a.start_date desc, a.id desc limit 1) al on true
            """;

    private static final String LATE = """
            with late as (
                select c.person_id, c.due_on from statutory_clock c
                where c.authority_id = :authority and c.rule = :rule and c.met_on is null and c.due_on < :today
            ), placed as (
                select l.person_id, l.due_on, al.team_id from late l
            """ + HOLDING_TEAM.formatted("l.person_id") + """
            )
            """;

    private static final String DRIFT = """
            with open_child as (
                select p.id as person_id from person p
                where p.authority_id = :authority and p.case_status in ('LOOKED_AFTER', 'CHILD_PROTECTION', 'CHILD_IN_NEED', 'ASSESSMENT', 'REFERRAL')
            ), journey as (
                select e.person_id,
                       max(e.event_date) filter (where e.kind = 'CP_PLAN_STARTED') as cp_started,
                       max(e.event_date) filter (where e.kind in ('CP_PLAN_ENDED', 'CASE_CLOSED')) as cp_ended,
                       count(*) filter (where e.kind = 'CP_PLAN_STARTED') as cp_plans,
                       count(*) filter (where e.kind = 'REFERRAL_RECEIVED' and e.event_date > :yearAgo) as referrals_in_year,
                       (array_agg(e.event_date order by e.event_date desc) filter (where e.kind = 'REFERRAL_RECEIVED'))[1] as last_referral,
                       (array_agg(e.event_date order by e.event_date desc) filter (where e.kind = 'REFERRAL_RECEIVED'))[2] as referral_before
                from open_child c join case_event e on e.person_id = c.person_id
                where e.kind in ('REFERRAL_RECEIVED', 'CP_PLAN_STARTED', 'CP_PLAN_ENDED', 'CASE_CLOSED')
                group by e.person_id
            ), overdue as (
                select c.person_id, bool_or(c.rule = any(:reviews)) as review_overdue, bool_or(c.rule = any(:visits)) as visit_overdue
                from statutory_clock c
                where c.authority_id = :authority and c.met_on is null and c.due_on < :today and (c.rule = any(:reviews) or c.rule = any(:visits))
                group by c.person_id
            ), last_oversight as (
                select distinct on (o.person_id) o.person_id, o.progress from oversight_entry o
                where o.authority_id = :authority
                order by o.person_id, o.held_on desc, o.id desc
            ), signs as (
                select c.person_id, j.cp_started,
                       coalesce(open_plan and j.cp_started < :fifteenMonthsAgo and j.cp_started >= :twoYearsAgo, false) as cp_over_15_months,
                       coalesce(open_plan and j.cp_started < :twoYearsAgo, false) as cp_over_2_years,
                       coalesce(open_plan and j.cp_plans > 1, false) as repeat_cp_plan,
                       coalesce(j.referrals_in_year >= 3, false) as repeat_referrals,
                       coalesce(j.last_referral > :yearAgo and j.last_referral <= (j.referral_before + interval '12 months')::date, false) as re_referral,
                       coalesce(k.review_overdue, false) as review_overdue,
                       coalesce(k.visit_overdue, false) as visit_overdue,
                       coalesce(lo.progress = 'NO', false) as not_progressing
                from open_child c
                left join journey j on j.person_id = c.person_id
                cross join lateral (select j.cp_started is not null and (j.cp_ended is null or j.cp_ended < j.cp_started) as open_plan) cp
                left join overdue k on k.person_id = c.person_id
                left join last_oversight lo on lo.person_id = c.person_id
            ), drifting as (
                select s.*, al.team_id,
                       (cp_over_15_months::int + cp_over_2_years::int + repeat_cp_plan::int + repeat_referrals::int + re_referral::int
                        + review_overdue::int + visit_overdue::int + not_progressing::int) as reasons
                from signs s
            """ + HOLDING_TEAM.formatted("s.person_id") + """
                where cp_over_15_months or cp_over_2_years or repeat_cp_plan or repeat_referrals or re_referral or review_overdue
                      or visit_overdue or not_progressing
            )
            """;

    private final JdbcClient jdbc;
    private final CurrentAuthority authority;

    OversightListRepository(JdbcClient jdbc, CurrentAuthority authority) {
        this.jdbc = jdbc;
        this.authority = authority;
    }

    /** A page of children whose oversight is overdue, most overdue first. */
    List<LateRow> late(Long teamId, LocalDate today, int limit, int offset) {
        return jdbc.sql(LATE + """
                        select p.person_id, p.due_on, :today - p.due_on as days_overdue, p.team_id,
                               (select max(o.held_on) from oversight_entry o where o.person_id = p.person_id) as last_held_on
                        from placed p
                        where cast(:team as bigint) is null or p.team_id = :team
                        order by %s, p.due_on, p.person_id limit :limit offset :offset
                        """.formatted(HiddenRecords.hiddenSql("p.person_id")))
                .param("authority", authority.id()).param("rule", OVERSIGHT).param("today", today).param("team", teamId)
                .param(HiddenRecords.READER, HiddenRecords.reader())
                .param("limit", limit).param("offset", offset)
                .query((r, n) -> new LateRow(r.getLong("person_id"), r.getObject("due_on", LocalDate.class), r.getLong("days_overdue"),
                        r.getObject("last_held_on", LocalDate.class), (Long) r.getObject("team_id", Long.class)))
                .list();
    }

    /** Children with oversight overdue, per holding team. */
    List<TeamCount> lateByTeam(LocalDate today) {
        return jdbc.sql(LATE + """
                        select p.team_id, t.name as team_name, count(*) as children
                        from placed p left join team t on t.id = p.team_id
                        group by p.team_id, t.name order by t.name nulls last
                        """)
                .param("authority", authority.id()).param("rule", OVERSIGHT).param("today", today)
                .query((r, n) -> new TeamCount((Long) r.getObject("team_id", Long.class), r.getString("team_name"), r.getLong("children"), Map.of()))
                .list();
    }

    /** A page of drifting children, those with the most signs first; only those with {@code reason} when one is given. */
    List<DriftRow> drift(Long teamId, DriftReason reason, LocalDate today, int limit, int offset) {
        var onlyReason = reason == null ? "" : " and " + reason.column();
        return driftQuery(DRIFT + """
                        select * from drifting d
                        where (cast(:team as bigint) is null or d.team_id = :team)%s
                        order by %s, d.reasons desc, d.cp_started nulls last, d.person_id limit :limit offset :offset
                        """.formatted(onlyReason, HiddenRecords.hiddenSql("d.person_id")), today)
                .param("team", teamId).param(HiddenRecords.READER, HiddenRecords.reader()).param("limit", limit).param("offset", offset)
                .query((r, n) -> new DriftRow(r.getLong("person_id"), reasons(r), r.getObject("cp_started", LocalDate.class),
                        (Long) r.getObject("team_id", Long.class)))
                .list();
    }

    /** Drifting children per holding team, in all and for each reason. */
    List<TeamCount> driftByTeam(LocalDate today) {
        var perReason = java.util.Arrays.stream(DriftReason.values())
                .map(reason -> "count(*) filter (where d.%1$s) as %1$s".formatted(reason.column())).collect(Collectors.joining(", "));
        return driftQuery(DRIFT + """
                        select d.team_id, t.name as team_name, count(*) as children, %s
                        from drifting d left join team t on t.id = d.team_id
                        group by d.team_id, t.name order by t.name nulls last
                        """.formatted(perReason), today)
                .query((r, n) -> {
                    var byReason = new EnumMap<DriftReason, Long>(DriftReason.class);
                    for (var reason : DriftReason.values()) {
                        byReason.put(reason, r.getLong(reason.column()));
                    }
                    return new TeamCount((Long) r.getObject("team_id", Long.class), r.getString("team_name"), r.getLong("children"), byReason);
                })
                .list();
    }

    private JdbcClient.StatementSpec driftQuery(String sql, LocalDate today) {
        return jdbc.sql(sql)
                .param("authority", authority.id()).param("today", today).param("yearAgo", today.minusYears(1))
                .param("fifteenMonthsAgo", today.minusMonths(15)).param("twoYearsAgo", today.minusYears(2))
                .param("reviews", names(REVIEWS)).param("visits", names(VISITS));
    }

    private static String[] names(Set<StatutoryRule> rules) {
        return rules.stream().map(StatutoryRule::name).toArray(String[]::new);
    }

    private static Set<DriftReason> reasons(ResultSet row) throws SQLException {
        var reasons = EnumSet.noneOf(DriftReason.class);
        for (var reason : DriftReason.values()) {
            if (row.getBoolean(reason.column())) {
                reasons.add(reason);
            }
        }
        return reasons;
    }
}
