package org.opencsc.returns.annexa;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import org.opencsc.platform.CurrentAuthority;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The records behind each Annex A list, one set-based query per list for the whole authority,
 * handed row by row to the writer so that nothing is held for the whole list. Restricted records
 * are included: Ofsted is sent every child.
 */
@Repository
class AnnexARepository {

    /** The child's columns; every query joins {@code person p} and {@link #ALLOCATION}. */
    static final String CHILD = """
            p.id as person_id, coalesce(p.la_child_id, p.id::text) as child_id, p.sex, p.ethnicity, p.date_of_birth,
            extract(year from age(cast(:asAt as date), p.date_of_birth))::int as age,
            exists (select 1 from person_disability d where d.person_id = p.id and d.code <> 'NONE') as disabled,
            al.team, al.worker""";

    /**
     * The team and worker each child was allocated to on the day the lists are drawn up: worked out
     * once for the authority and joined, rather than looked up child by child.
     */
    static final String ALLOCATION = """
            left join (
                select distinct on (a.person_id) a.person_id, t.name as team, u.display_name as worker
                from allocation a join team t on t.id = a.team_id left join staff_user u on u.id = a.worker_id
                where t.authority_id = :authority and a.start_date <= :asAt and (a.end_date is null or a.end_date >= :asAt)
                order by a.person_id, a.start_date desc, a.id desc) al on al.person_id = p.id""";

    /** A row of a list as the database returns it. */
    @FunctionalInterface
    interface Rows {
        void row(ResultSet row) throws SQLException;
    }

    /** Rows fetched at a time; read inside a transaction, PostgreSQL then streams rather than sending the whole list at once. */
    private static final int FETCH_SIZE = 1000;

    private final JdbcClient jdbc;
    private final CurrentAuthority authority;

    AnnexARepository(JdbcClient jdbc, CurrentAuthority authority) {
        this.jdbc = jdbc;
        this.authority = authority;
    }

    void contacts(LocalDate from, LocalDate asAt, Rows rows) {
        read("""
                select %s, c.contact_date, c.source
                from contact c join person p on p.id = c.person_id %s
                where c.authority_id = :authority and c.contact_date between :from and :asAt
                order by c.contact_date, c.id
                """, from, asAt, rows);
    }

    /**
     * Early help begun in the period: early help started on the child's journey, a contact the
     * MASH+ passed to early help (from its decision), and an assessment that stepped the child down
     * to early help (from its authorisation); ended by the next end of early help on the journey.
     */
    void earlyHelp(LocalDate from, LocalDate asAt, Rows rows) {
        read("""
                select %s, e.started, e.via,
                       (select min(x.event_date) from case_event x where x.person_id = e.person_id and x.kind = 'EARLY_HELP_ENDED'
                        and x.event_date >= e.started and x.event_date <= :asAt) as ended
                from (select distinct on (person_id, started) * from (
                          select v.person_id, v.event_date as started, 'JOURNEY' as via, v.id from case_event v join person q on q.id = v.person_id
                          where q.authority_id = :authority and v.kind = 'EARLY_HELP_STARTED' and v.event_date between :from and :asAt
                          union all
                          select c.person_id, c.decision_date, 'MASH', c.id from contact c
                          where c.authority_id = :authority and c.decision = 'EARLY_HELP' and c.decision_date between :from and :asAt
                          union all
                          select a.person_id, a.authorised_date, 'ASSESSMENT', a.id from assessment a
                          where a.authority_id = :authority and a.outcome = 'EARLY_HELP' and a.authorised_date between :from and :asAt) begun
                      order by person_id, started, via desc) e
                join person p on p.id = e.person_id %s
                order by e.started, e.id
                """, from, asAt, rows);
    }

    void referrals(LocalDate from, LocalDate asAt, Rows rows) {
        read("""
                select %s, r.referral_date, r.source, r.nfa,
                       (select count(*) from referral o where o.person_id = r.person_id
                        and o.referral_date > (cast(:asAt as date) - interval '12 months')::date and o.referral_date <= :asAt) as in_year
                from referral r join person p on p.id = r.person_id %s
                where r.authority_id = :authority and r.referral_date between :from and :asAt
                order by r.referral_date, r.id
                """, from, asAt, rows);
    }

    /** Assessments open at any time in the period: started by its end, not authorised before its start. */
    void assessments(LocalDate from, LocalDate asAt, Rows rows) {
        read("""
                select %s, a.start_date, a.child_seen_date, a.authorised_date, a.outcome
                from assessment a join person p on p.id = a.person_id %s
                where a.authority_id = :authority and a.start_date <= :asAt and (a.authorised_date is null or a.authorised_date >= :from)
                order by a.start_date, a.id
                """, from, asAt, rows);
    }

    void sectionFortySevens(LocalDate from, LocalDate asAt, Rows rows) {
        read("""
                select %s, sd.discussion_date, s.end_date, s.outcome, icpc.conference_date as icpc_date, icpc.decision as icpc_decision,
                       (select count(*) from s47_enquiry o where o.person_id = s.person_id
                        and o.start_date > (cast(:asAt as date) - interval '12 months')::date and o.start_date <= :asAt) as enquiries,
                       (select count(*) from cp_conference o where o.person_id = s.person_id and o.kind = 'INITIAL'
                        and o.conference_date > (cast(:asAt as date) - interval '12 months')::date and o.conference_date <= :asAt) as icpcs
                from s47_enquiry s join strategy_discussion sd on sd.id = s.strategy_discussion_id
                join person p on p.id = s.person_id %s
                left join cp_conference icpc on icpc.s47_id = s.id and icpc.kind = 'INITIAL' and icpc.conference_date <= :asAt
                where s.authority_id = :authority and s.start_date between :from and :asAt
                order by s.start_date, s.id
                """, from, asAt, rows);
    }

    /** Children in need: each referral (not closed as no further action) open at any time in the period. */
    void childrenInNeed(LocalDate from, LocalDate asAt, Rows rows) {
        read("""
                select %s, r.referral_date, r.primary_need, seen.last_seen, r.closure_date, r.closure_reason,
                       case when r.closure_date <= :asAt then 'Closed'
                            when exists (select 1 from care_period c where c.person_id = r.person_id and c.start_date <= :asAt
                                         and (c.end_date is null or c.end_date > :asAt)) then 'Looked after'
                            when exists (select 1 from cp_plan c where c.referral_id = r.id and c.start_date <= :asAt
                                         and (c.end_date is null or c.end_date > :asAt)) then 'Child protection plan'
                            when exists (select 1 from cin_plan c where c.referral_id = r.id and c.start_date <= :asAt
                                         and (c.end_date is null or c.end_date > :asAt)) then 'Child in need plan'
                            else 'Open referral or assessment' end as case_status
                from referral r join person p on p.id = r.person_id %s
                left join lateral (select max(v.visit_date) as last_seen from visit v
                                   where v.person_id = r.person_id and v.child_seen and v.visit_date <= :asAt) seen on true
                where r.authority_id = :authority and not r.nfa and r.referral_date <= :asAt and (r.closure_date is null or r.closure_date >= :from)
                order by r.referral_date, r.id
                """, from, asAt, rows);
    }

    /** Child protection plans in force at any time in the period. */
    void protectionPlans(LocalDate from, LocalDate asAt, Rows rows) {
        read("""
                select %s, c.start_date, c.initial_category, c.latest_category, v.visit_date, v.seen_alone, rc.last_review, c.end_date,
                       exists (select 1 from care_legal_status s join care_period cp on cp.id = s.period_id
                               where cp.person_id = c.person_id and s.code in ('L1', 'L2')
                               and s.start_date > (cast(:asAt as date) - interval '6 months')::date and s.start_date <= :asAt) as emergency,
                       (select count(*) from cp_plan o where o.person_id = c.person_id and o.start_date < c.start_date) as previous_plans
                from cp_plan c join person p on p.id = c.person_id %s
                left join lateral (select v.visit_date, v.seen_alone from visit v
                                   where v.person_id = c.person_id and v.kind = 'CP' and v.child_seen and v.visit_date >= c.start_date
                                   and v.visit_date <= :asAt and (c.end_date is null or v.visit_date <= c.end_date)
                                   order by v.visit_date desc, v.id desc limit 1) v on true
                left join (select k.plan_id, max(k.conference_date) as last_review from cp_conference k
                           where k.authority_id = :authority and k.kind = 'REVIEW' and k.conference_date <= :asAt group by k.plan_id) rc on rc.plan_id = c.id
                where c.authority_id = :authority and c.start_date <= :asAt and (c.end_date is null or c.end_date >= :from)
                order by c.start_date, c.id
                """, from, asAt, rows);
    }

    /**
     * Children looked after at any time in the period, with what their periods of care do not hold:
     * category of need, visits, health and dental checks, missing and away episodes in the year.
     */
    void lookedAfter(LocalDate from, LocalDate asAt, Rows rows) {
        read("""
                select %s, p.uasc,
                       (select r.primary_need from referral r where r.person_id = p.id and r.referral_date <= :asAt and r.primary_need is not null
                        order by r.referral_date desc, r.id desc limit 1) as need,
                       (select max(v.visit_date) from visit v where v.person_id = p.id and v.kind = 'CLA' and v.visit_date <= :asAt) as last_visit,
                       (select max(h.assessment_date) from health_assessment h where h.person_id = p.id and h.assessment_date <= :asAt) as last_health,
                       (select max(d.check_date) from dental_check d where d.person_id = p.id and d.check_date <= :asAt) as last_dental,
                       (select count(*) filter (where m.kind = 'M') from missing_episode m where m.person_id = p.id
                        and (m.went_missing_at at time zone 'Europe/London')::date between :yearFrom and :asAt) as missing,
                       (select count(*) filter (where m.kind = 'A') from missing_episode m where m.person_id = p.id
                        and (m.went_missing_at at time zone 'Europe/London')::date between :yearFrom and :asAt) as absent,
                       lm.rhi_offered, lm.rhi_accepted
                from person p %s
                left join lateral (select m.rhi_offered_at is not null and m.rhi_offered_at <= :asAtEnd as rhi_offered, m.rhi_accepted
                                   from missing_episode m where m.person_id = p.id and m.kind = 'M'
                                   and (m.went_missing_at at time zone 'Europe/London')::date <= :asAt
                                   order by m.went_missing_at desc limit 1) lm on true
                where p.authority_id = :authority and exists (select 1 from care_period c where c.person_id = p.id and c.start_date <= :asAt
                                                              and (c.end_date is null or c.end_date >= :from))
                order by p.id
                """, from, asAt, rows, Map.of("yearFrom", asAt.minusYears(1).plusDays(1),
                "asAtEnd", asAt.plusDays(1).atStartOfDay(org.opencsc.platform.ClockZone.UK).toOffsetDateTime()));
    }

    /** Young people aged 16 to 25 on the day who have ever been looked after, with their latest birthday contact. */
    void mayBeCareLeavers(LocalDate asAt, Rows rows) {
        read("""
                select %s, exists (select 1 from care_leaver_support s where s.person_id = p.id and s.start_date <= :asAt
                                   and (s.end_date is null or s.end_date >= :asAt)) as supported,
                       k.in_touch, k.activity, k.accommodation
                from person p %s
                left join lateral (select k.in_touch, k.activity, k.accommodation from care_leaver_contact k
                                   where k.person_id = p.id and k.contact_date <= :asAt order by k.contact_date desc limit 1) k on true
                where p.authority_id = :authority and p.date_of_birth <= (cast(:asAt as date) - interval '16 years')::date
                and p.date_of_birth > (cast(:asAt as date) - interval '26 years')::date
                and exists (select 1 from care_period c where c.person_id = p.id and c.start_date <= :asAt)
                order by p.id
                """, asAt, asAt, rows);
    }

    /** Adoption plans in progress at any time in the period, or ended by an order or a decision in it. */
    void adoptions(LocalDate from, LocalDate asAt, Rows rows) {
        read("""
                select %s, ap.adoptive_family_id, ap.decision_date, ap.authority_to_place, ap.authority_date, ap.match_date, ap.placed_date,
                       ap.order_date, ap.ceased_date, ap.ceased_reason, af.fostering_for_adoption_on,
                       coalesce((select max(c.start_date) from care_period c where c.person_id = ap.person_id and c.start_date <= ap.decision_date),
                                (select min(c.start_date) from care_period c where c.person_id = ap.person_id)) as entered_care
                from adoption_plan ap join person p on p.id = ap.person_id %s
                left join adoptive_family af on af.id = ap.adoptive_family_id
                where ap.authority_id = :authority and ap.decision_date <= :asAt
                and (coalesce(ap.order_date, ap.ceased_date) is null or coalesce(ap.order_date, ap.ceased_date) >= :from)
                order by ap.decision_date, ap.id
                """, from, asAt, rows);
    }

    private void read(String sql, LocalDate from, LocalDate asAt, Rows rows) {
        read(sql, from, asAt, rows, Map.of());
    }

    private void read(String sql, LocalDate from, LocalDate asAt, Rows rows, Map<String, ?> more) {
        jdbc.sql(sql.formatted(CHILD, ALLOCATION))
                .param("authority", authority.id()).param("from", from).param("asAt", asAt).params(more)
                .withFetchSize(FETCH_SIZE)
                .query((RowCallbackHandler) rows::row);
    }
}
