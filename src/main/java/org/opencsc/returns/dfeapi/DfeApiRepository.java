package org.opencsc.returns.dfeapi;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.opencsc.platform.ClockZone;
import org.opencsc.platform.CurrentAuthority;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The children whose records changed since a day, and each one's record as the DfE's daily API
 * describes it, built by PostgreSQL as one JSON document per child in a single query and read a
 * row at a time, so the whole authority is never held in memory.
 */
@Repository
class DfeApiRepository {

    /**
     * Children (and unborn children) whose record changed since a moment: a change audited against
     * them, their details edited, or a record of their journey added.
     */
    private static final String CHANGED = """
            with changed as (
                select a.person_id from audit_event a
                where a.authority_id = :authority and a.person_id is not null and a.occurred_at >= :since and a.action in ('CREATE', 'UPDATE', 'CORRECT')
                union select p.id from person p where p.authority_id = :authority and p.updated_at >= :since
                union select person_id from contact where authority_id = :authority and recorded_at >= :since
                union select person_id from referral where authority_id = :authority and recorded_at >= :since
                union select person_id from assessment where authority_id = :authority and recorded_at >= :since
                union select person_id from s47_enquiry where authority_id = :authority and recorded_at >= :since
                union select person_id from cp_plan where authority_id = :authority and recorded_at >= :since
                union select person_id from cin_plan where authority_id = :authority and recorded_at >= :since
                union select person_id from care_period where authority_id = :authority and recorded_at >= :since
                union select person_id from care_leaver_contact where authority_id = :authority and recorded_at >= :since
                union select person_id from adoption_plan where authority_id = :authority and recorded_at >= :since
                union select person_id from sdq where authority_id = :authority and recorded_at >= :since
            ), children as (
                select p.* from person p join changed c on c.person_id = p.id
                where p.authority_id = :authority and p.kind in ('CHILD', 'UNBORN') and p.la_child_id ~ '^[A-Za-z0-9]{1,20}$'
            )
            """;

    private static final int FETCH_SIZE = 500;

    private final JdbcClient jdbc;
    private final CurrentAuthority authority;

    DfeApiRepository(JdbcClient jdbc, CurrentAuthority authority) {
        this.jdbc = jdbc;
        this.authority = authority;
    }

    /** The changed children who have ever been looked after: their placements are derived from their periods of care. */
    List<Long> changedAndEverLookedAfter(LocalDate since) {
        return jdbc.sql(CHANGED + "select c.id from children c where exists (select 1 from care_period cp where cp.person_id = c.id) order by c.id")
                .param("authority", authority.id()).param("since", moment(since))
                .query(Long.class).list();
    }

    /**
     * One row a child: the person id, and their record as a JSON object (without placements), in
     * person id order. Each part (assessments by referral, plans by referral ...) is gathered once
     * for all the changed children and joined, so the query grows with the records, not their square.
     */
    void changedChildren(LocalDate since, ChildDocuments documents) {
        jdbc.sql(CHANGED + """
                , referrals as (
                    select r.* from referral r join children c on c.id = r.person_id
                ), latest_referral as (
                    select distinct on (r.person_id) r.person_id, r.id from referrals r order by r.person_id, r.referral_date desc, r.id desc
                ), workers as (
                    select r.id as referral_id, jsonb_agg(jsonb_build_object('worker_id', al.worker_id::text, 'start_date', al.start_date,
                                                                             'end_date', al.end_date) order by al.start_date, al.id) as list
                    from referrals r join allocation al on al.person_id = r.person_id and al.worker_id is not null
                    and (al.end_date is null or al.end_date >= r.referral_date) and (r.closure_date is null or al.start_date <= r.closure_date)
                    group by r.id
                ), assessments as (
                    select a.referral_id, jsonb_agg(jsonb_build_object('child_and_family_assessment_id', a.id::text, 'start_date', a.start_date,
                                                                       'authorisation_date', a.authorised_date, 'factors', to_jsonb(a.factors))
                                                    order by a.start_date, a.id) as list
                    from assessment a join children c on c.id = a.person_id group by a.referral_id
                ), cin_plans as (
                    select cp.referral_id, jsonb_agg(jsonb_build_object('child_in_need_plan_id', cp.id::text, 'start_date', cp.start_date,
                                                                        'end_date', cp.end_date) order by cp.start_date, cp.id) as list
                    from cin_plan cp join children c on c.id = cp.person_id group by cp.referral_id
                ), enquiries as (
                    select sd.referral_id, jsonb_agg(jsonb_build_object('section_47_assessment_id', s.id::text, 'start_date', s.start_date,
                                                                        'icpc_required_flag', case when k.id is not null or s.outcome = 'CONFERENCE' then true
                                                                                                   when s.outcome = 'NO_CONFERENCE' then false end,
                                                                        'icpc_date', k.conference_date, 'end_date', s.end_date)
                                                     order by s.start_date, s.id) as list
                    from s47_enquiry s join children c on c.id = s.person_id
                    join strategy_discussion sd on sd.id = s.strategy_discussion_id
                    left join cp_conference k on k.s47_id = s.id and k.kind = 'INITIAL'
                    group by sd.referral_id
                ), protection_plans as (
                    select pl.referral_id, jsonb_agg(jsonb_build_object('child_protection_plan_id', pl.id::text, 'start_date', pl.start_date,
                                                                        'end_date', pl.end_date) order by pl.start_date, pl.id) as list
                    from cp_plan pl join children c on c.id = pl.person_id group by pl.referral_id
                ), adoptions as (
                    select distinct on (ap.person_id) ap.person_id,
                           jsonb_build_object('initial_decision_date', ap.decision_date, 'matched_date', ap.match_date, 'placed_date', ap.placed_date) as doc
                    from adoption_plan ap join children c on c.id = ap.person_id order by ap.person_id, ap.decision_date desc, ap.id desc
                ), leaving_care as (
                    select distinct on (k.person_id) k.person_id,
                           jsonb_build_object('contact_date', k.contact_date, 'activity', k.activity, 'accommodation', left(k.accommodation, 1)) as doc
                    from care_leaver_contact k join children c on c.id = k.person_id order by k.person_id, k.contact_date desc, k.id desc
                ), episodes as (
                    select r.person_id, jsonb_agg(jsonb_build_object(
                        'social_care_episode_id', r.id::text,
                        'referral_date', r.referral_date,
                        'referral_source', r.source,
                        'referral_no_further_action_flag', r.nfa,
                        'closure_date', r.closure_date,
                        'closure_reason', r.closure_reason,
                        'care_worker_details', coalesce(w.list, '[]'),
                        'child_and_family_assessments', coalesce(a.list, '[]'),
                        'child_in_need_plans', coalesce(cin.list, '[]'),
                        'section_47_assessments', coalesce(e.list, '[]'),
                        'child_protection_plans', coalesce(pp.list, '[]'),
                        'child_looked_after_placements', '[]'::jsonb,
                        'adoption', case when lr.id is not null then ad.doc end,
                        'care_leavers', case when lr.id is not null then lc.doc end
                        ) order by r.referral_date, r.id) as list
                    from referrals r
                    left join workers w on w.referral_id = r.id
                    left join assessments a on a.referral_id = r.id
                    left join cin_plans cin on cin.referral_id = r.id
                    left join enquiries e on e.referral_id = r.id
                    left join protection_plans pp on pp.referral_id = r.id
                    left join latest_referral lr on lr.id = r.id
                    left join adoptions ad on ad.person_id = r.person_id
                    left join leaving_care lc on lc.person_id = r.person_id
                    group by r.person_id
                ), disabilities as (
                    select d.person_id, jsonb_agg(d.code order by d.code) as list
                    from person_disability d join children c on c.id = d.person_id group by d.person_id
                ), postcodes as (
                    select distinct on (a.person_id) a.person_id, a.postcode
                    from address a join children c on c.id = a.person_id where a.end_date is null
                    order by a.person_id, a.start_date desc, a.id desc
                ), questionnaires as (
                    select s.person_id, jsonb_agg(jsonb_build_object('date', s.sdq_date, 'score', s.score) order by s.sdq_date, s.id) as list
                    from sdq s join children c on c.id = s.person_id where s.score is not null group by s.person_id
                )
                select c.id, jsonb_strip_nulls(jsonb_build_object(
                    'la_child_id', c.la_child_id,
                    'mis_child_id', c.id::text,
                    'child_details', jsonb_build_object(
                        'unique_pupil_number', case when length(c.upn) = 13 then c.upn end,
                        'former_unique_pupil_number', case when length(c.former_upn) = 13 then c.former_upn end,
                        'unique_pupil_number_unknown_reason', c.upn_unknown_reason,
                        'first_name', c.given_name,
                        'surname', c.family_name,
                        'date_of_birth', c.date_of_birth,
                        'expected_date_of_birth', c.expected_date_of_birth,
                        'sex', c.sex,
                        'ethnicity', c.ethnicity,
                        'disabilities', coalesce(d.list, '[]'),
                        'postcode', pc.postcode,
                        'uasc_flag', c.uasc),
                    'health_and_wellbeing', jsonb_build_object('sdq_assessments', coalesce(q.list, '[]')),
                    'social_care_episodes', coalesce(e.list, '[]')
                )) as document
                from children c
                left join episodes e on e.person_id = c.id
                left join disabilities d on d.person_id = c.id
                left join postcodes pc on pc.person_id = c.id
                left join questionnaires q on q.person_id = c.id
                order by c.id
                """)
                .param("authority", authority.id()).param("since", moment(since))
                .withFetchSize(FETCH_SIZE)
                .query((RowCallbackHandler) row -> documents.child(row.getLong("id"), row.getString("document")));
    }

    /** The start of a day in the authority's time: records changed on or after it. */
    private static OffsetDateTime moment(LocalDate day) {
        return day.atStartOfDay(ClockZone.UK).toOffsetDateTime();
    }

    /** Each child's JSON record as it is read. */
    @FunctionalInterface
    interface ChildDocuments {
        void child(long personId, String json) throws SQLException;
    }
}
