package org.opencsc.performance;

import java.util.EnumMap;
import java.util.Map;

/**
 * How each indicator's facts are read from the record: one query per indicator, each giving the
 * child (person_id), what is counted (subject_id: the child, or a carers' household), the day the
 * fact falls (on_date), its outcome, the day a pending fact is due, a number of days, and a
 * breakdown. Parameters: :authority, :today, :from (the first month kept for facts at a month's
 * end), and the local standards the record keeps no clock for.
 *
 * <p>Part of the facts repository: the SQL lives here only to keep that class readable.
 */
final class IndicatorFactSql {

    private static final String CLOCKS = """
            select c.person_id, c.person_id as subject_id, c.due_on as on_date,
                   case when c.met_on is not null then case when c.met_on <= c.due_on then 'Y' else 'N' end
                        when c.due_on < :today then 'N' else 'P' end as outcome,
                   c.due_on, null::integer as days, '' as breakdown
            from statutory_clock c
            where c.authority_id = :authority and c.rule in (%s)
            """;

    /** The last day of each month from :from to this month, for the facts that count what is open at a month's end. */
    private static final String MONTH_ENDS = """
            with month_end as (
                select (m + interval '1 month' - interval '1 day')::date as day
                from generate_series(cast(:from as date), date_trunc('month', cast(:today as date)), interval '1 month') m)
            """;

    private static final String BIRTHDAY_CONTACTS = """
            select c.person_id, c.person_id as subject_id, c.contact_date as on_date,
                   case when %s then 'Y' else 'N' end as outcome, null::date as due_on, null::integer as days, '' as breakdown
            from care_leaver_contact c
            where c.authority_id = :authority
            """;

    private static final String ADOPTED = """
            select a.person_id, a.person_id as subject_id, a.order_date as on_date, 'C' as outcome, null::date as due_on,
                   (%s - cp.start_date) as days, '' as breakdown
            from adoption_plan a
            join lateral (select start_date from care_period p where p.person_id = a.person_id and p.start_date <= a.placed_date
                          order by p.start_date desc limit 1) cp on true
            where a.authority_id = :authority and a.order_date is not null and a.placed_date is not null
            """;

    static final Map<Indicator, String> BY_INDICATOR = new EnumMap<>(Indicator.class);

    static {
        BY_INDICATOR.put(Indicator.OVERSIGHT_ON_TIME, CLOCKS.formatted("'OVERSIGHT_DUE'"));
        BY_INDICATOR.put(Indicator.AUDITS_GOOD_OR_BETTER, """
                select person_id, person_id as subject_id, finalised_on as on_date,
                       case when final_grade in ('OUTSTANDING', 'GOOD') then 'Y' else 'N' end as outcome,
                       null::date as due_on, null::integer as days, final_grade as breakdown
                from case_audit where authority_id = :authority and finalised_on is not null
                """);
        BY_INDICATOR.put(Indicator.CONTACTS, """
                select person_id, person_id as subject_id, contact_date as on_date, 'C' as outcome, null::date as due_on,
                       null::integer as days, '' as breakdown
                from contact where authority_id = :authority
                """);
        BY_INDICATOR.put(Indicator.REFERRALS, """
                select person_id, person_id as subject_id, referral_date as on_date, 'C' as outcome, null::date as due_on,
                       null::integer as days, '' as breakdown
                from referral where authority_id = :authority
                """);
        BY_INDICATOR.put(Indicator.RE_REFERRALS, """
                select person_id, person_id as subject_id, referral_date as on_date, case when re_referral then 'Y' else 'N' end as outcome,
                       null::date as due_on, null::integer as days, '' as breakdown
                from referral where authority_id = :authority
                """);
        // The clock that was running on the day of the referral: a second referral during an
        // assessment does not restart it, so its due date is the one the assessment answered to.
        BY_INDICATOR.put(Indicator.ASSESSMENTS_IN_45_DAYS, """
                select a.person_id, a.person_id as subject_id, a.authorised_date as on_date,
                       case when c.due_on is null or a.authorised_date <= c.due_on then 'Y' else 'N' end as outcome,
                       null::date as due_on, null::integer as days, '' as breakdown
                from assessment a
                join referral r on r.id = a.referral_id
                left join lateral (select due_on from statutory_clock k
                                   where k.person_id = a.person_id and k.rule = 'ASSESSMENT_DUE' and k.started_on <= r.referral_date
                                   order by k.started_on desc limit 1) c on true
                where a.authority_id = :authority and a.authorised_date is not null
                """);
        BY_INDICATOR.put(Indicator.SECTION_47_ENQUIRIES, """
                select person_id, person_id as subject_id, start_date as on_date, 'C' as outcome, null::date as due_on,
                       null::integer as days, '' as breakdown
                from s47_enquiry where authority_id = :authority
                """);
        BY_INDICATOR.put(Indicator.ICPCS_IN_15_DAYS, """
                select c.person_id, c.person_id as subject_id, c.conference_date as on_date,
                       case when c.conference_date <= s.icpc_target_date then 'Y' else 'N' end as outcome,
                       null::date as due_on, null::integer as days, '' as breakdown
                from cp_conference c join s47_enquiry s on s.id = c.s47_id
                where c.authority_id = :authority and c.kind = 'INITIAL'
                """);
        BY_INDICATOR.put(Indicator.CP_PLANS_STARTED, """
                select person_id, person_id as subject_id, start_date as on_date, 'C' as outcome, null::date as due_on,
                       null::integer as days, initial_category as breakdown
                from cp_plan where authority_id = :authority
                """);
        BY_INDICATOR.put(Indicator.CP_PLANS_BY_CATEGORY, MONTH_ENDS + """
                select p.person_id, p.person_id as subject_id, m.day as on_date, 'C' as outcome, null::date as due_on,
                       null::integer as days, p.latest_category as breakdown
                from cp_plan p join month_end m on p.start_date <= m.day and (p.end_date is null or p.end_date > m.day)
                where p.authority_id = :authority
                """);
        BY_INDICATOR.put(Indicator.REPEAT_CP_PLANS, """
                select person_id, person_id as subject_id, start_date as on_date, case when previous > 0 then 'Y' else 'N' end as outcome,
                       null::date as due_on, null::integer as days, '' as breakdown
                from (select person_id, start_date, rank() over (partition by person_id order by start_date) - 1 as previous
                      from cp_plan where authority_id = :authority) p
                """);
        BY_INDICATOR.put(Indicator.CP_PLANS_OVER_2_YEARS, """
                select person_id, person_id as subject_id, end_date as on_date,
                       case when end_date >= start_date + interval '2 years' then 'Y' else 'N' end as outcome,
                       null::date as due_on, (end_date - start_date) as days, '' as breakdown
                from cp_plan where authority_id = :authority and end_date is not null
                """);
        BY_INDICATOR.put(Indicator.CORE_GROUPS_ON_TIME, CLOCKS.formatted("'FIRST_CORE_GROUP_DUE', 'CORE_GROUP_DUE'"));
        BY_INDICATOR.put(Indicator.CP_PLAN_QUALITY, MONTH_ENDS + """
                select p.person_id, p.person_id as subject_id, m.day as on_date,
                       case when length(trim(coalesce(p.outcomes, ''))) > 0
                                 and exists (select 1 from cp_plan_action a where a.plan_id = p.id and a.recorded_at::date <= m.day)
                            then 'Y' else 'N' end as outcome,
                       null::date as due_on, null::integer as days, '' as breakdown
                from cp_plan p join month_end m on p.start_date <= m.day and (p.end_date is null or p.end_date > m.day)
                where p.authority_id = :authority
                """);
        BY_INDICATOR.put(Indicator.CP_REVIEWS_ON_TIME, CLOCKS.formatted("'FIRST_REVIEW_CONFERENCE_DUE', 'REVIEW_CONFERENCE_DUE'"));
        BY_INDICATOR.put(Indicator.CIN_REVIEWS_ON_TIME, CLOCKS.formatted("'CIN_REVIEW_DUE'"));
        BY_INDICATOR.put(Indicator.CHILDREN_SEEN_ALONE, """
                select person_id, person_id as subject_id, visit_date as on_date, case when seen_alone then 'Y' else 'N' end as outcome,
                       null::date as due_on, null::integer as days, '' as breakdown
                from visit where authority_id = :authority and child_seen
                """);
        BY_INDICATOR.put(Indicator.DISRUPTION_MEETINGS, """
                select c.person_id, c.person_id as subject_id, pl.end_date as on_date,
                       case when exists (select 1 from disruption_meeting d where d.placement_id = pl.id) then 'Y' else 'N' end as outcome,
                       null::date as due_on, null::integer as days, '' as breakdown
                from placement pl join care_period c on c.id = pl.period_id
                where pl.authority_id = :authority and pl.unplanned_ending and pl.end_date is not null
                """);
        BY_INDICATOR.put(Indicator.PEPS_ON_TIME, CLOCKS.formatted("'INITIAL_PEP_DUE', 'PEP_REVIEW_DUE'"));
        BY_INDICATOR.put(Indicator.DENTAL_CHECKS_ON_TIME, CLOCKS.formatted("'DENTAL_CHECK_DUE'"));
        BY_INDICATOR.put(Indicator.CP_VISITS_ON_TIME, CLOCKS.formatted("'CP_VISIT_DUE'"));
        BY_INDICATOR.put(Indicator.CIN_VISITS_ON_TIME, CLOCKS.formatted("'CIN_VISIT_DUE'"));
        BY_INDICATOR.put(Indicator.CHILDREN_IN_NEED, MONTH_ENDS + """
                select distinct r.person_id, r.person_id as subject_id, m.day as on_date, 'C' as outcome, null::date as due_on,
                       null::integer as days, '' as breakdown
                from referral r join month_end m on r.referral_date <= m.day and (r.closure_date is null or r.closure_date > m.day)
                where r.authority_id = :authority
                """);
        BY_INDICATOR.put(Indicator.CHILDREN_IN_CARE_RATE, MONTH_ENDS + """
                select distinct p.person_id, p.person_id as subject_id, m.day as on_date, 'C' as outcome, null::date as due_on,
                       null::integer as days, '' as breakdown
                from care_period p join month_end m on p.start_date <= m.day and (p.end_date is null or p.end_date > m.day)
                where p.authority_id = :authority
                """);
        BY_INDICATOR.put(Indicator.CARE_REVIEWS_ON_TIME, CLOCKS.formatted("'FIRST_CARE_REVIEW_DUE', 'CARE_REVIEW_DUE'"));
        BY_INDICATOR.put(Indicator.CARE_VISITS_ON_TIME, CLOCKS.formatted("'STATUTORY_VISIT_DUE'"));
        BY_INDICATOR.put(Indicator.THREE_OR_MORE_PLACEMENTS, MONTH_ENDS + """
                select c.person_id, c.person_id as subject_id, m.day as on_date,
                       case when (select count(*) from placement pl join care_period q on q.id = pl.period_id
                                  where q.person_id = c.person_id and pl.start_date <= m.day
                                    and (pl.end_date is null or pl.end_date > m.day - interval '12 months')) >= 3
                            then 'Y' else 'N' end as outcome,
                       null::date as due_on, null::integer as days, '' as breakdown
                from care_period c join month_end m on c.start_date <= m.day and (c.end_date is null or c.end_date > m.day)
                where c.authority_id = :authority
                """);
        BY_INDICATOR.put(Indicator.LONG_TERM_STABILITY, MONTH_ENDS + """
                select c.person_id, c.person_id as subject_id, m.day as on_date,
                       case when exists (select 1 from placement pl where pl.period_id = c.id and pl.start_date <= m.day - interval '2 years'
                                           and (pl.end_date is null or pl.end_date > m.day)) then 'Y' else 'N' end as outcome,
                       null::date as due_on, null::integer as days, '' as breakdown
                from care_period c
                join month_end m on c.start_date <= m.day - interval '30 months' and (c.end_date is null or c.end_date > m.day)
                join person p on p.id = c.person_id and p.date_of_birth > m.day - interval '16 years'
                where c.authority_id = :authority
                """);
        BY_INDICATOR.put(Indicator.HEALTH_ASSESSMENTS_ON_TIME,
                CLOCKS.formatted("'INITIAL_HEALTH_ASSESSMENT_DUE', 'HEALTH_ASSESSMENT_REVIEW_DUE'"));
        BY_INDICATOR.put(Indicator.RETURN_INTERVIEWS_IN_72_HOURS, """
                select person_id, person_id as subject_id, (returned_at at time zone 'Europe/London')::date as on_date,
                       case when rhi_completed_at is not null and rhi_completed_at <= returned_at + interval '72 hours' then 'Y'
                            when rhi_completed_at is null and returned_at + interval '72 hours' > cast(:now as timestamptz) then 'P'
                            else 'N' end as outcome,
                       case when rhi_completed_at is null then ((returned_at + interval '72 hours') at time zone 'Europe/London')::date end
                           as due_on,
                       null::integer as days, '' as breakdown
                from missing_episode where authority_id = :authority and returned_at is not null
                """);
        // Households, not children: a review is due a year after approval, then a year after each review.
        BY_INDICATOR.put(Indicator.FOSTER_CARER_REVIEWS_ON_TIME, """
                select null::bigint as person_id, d.household_id as subject_id, d.due_on as on_date,
                       case when d.held_on is not null then case when d.held_on <= d.due_on then 'Y' else 'N' end
                            when d.due_on < :today then 'N' else 'P' end as outcome,
                       d.due_on, null::integer as days, '' as breakdown
                from (select h.id as household_id, (s.since + interval '1 year')::date as due_on,
                             (select min(r.review_date) from carer_approval_review r where r.household_id = h.id and r.review_date > s.since) as held_on
                      from carer_household h
                      join lateral (select h.approval_date as since union all
                                    select r.review_date from carer_approval_review r where r.household_id = h.id) s on s.since is not null
                      where h.authority_id = :authority and h.approval_date is not null and h.kind <> 'CONNECTED_PERSON') d
                """);
        BY_INDICATOR.put(Indicator.CONNECTED_APPROVALS_PAST_EXPIRY, MONTH_ENDS + """
                select null::bigint as person_id, a.household_id as subject_id, m.day as on_date, 'C' as outcome, null::date as due_on,
                       (m.day - coalesce(a.extended_to, a.expires_on)) as days, '' as breakdown
                from connected_person_approval a
                join month_end m on coalesce(a.extended_to, a.expires_on) < m.day and (a.outcome_date is null or a.outcome_date > m.day)
                where a.authority_id = :authority
                """);
        BY_INDICATOR.put(Indicator.MENTAL_HEALTH_WAIT, """
                select person_id, person_id as subject_id, first_seen as on_date, 'C' as outcome, null::date as due_on,
                       (first_seen - referred_date) as days, '' as breakdown
                from service_referral where authority_id = :authority and first_seen is not null and service in ('CAMHS', 'EMOTIONAL_WELLBEING')
                """);
        BY_INDICATOR.put(Indicator.RECORDS_ON_TIME, """
                select n.person_id, n.person_id as subject_id, n.occurred_on as on_date,
                       case when n.finalised_at is not null
                                 then case when (n.finalised_at at time zone 'Europe/London')::date <= working_days_after(n.occurred_on, :recordingDays)
                                           then 'Y' else 'N' end
                            when working_days_after(n.occurred_on, :recordingDays) < :today then 'N' else 'P' end as outcome,
                       case when n.finalised_at is null then working_days_after(n.occurred_on, :recordingDays) end as due_on,
                       null::integer as days, '' as breakdown
                from case_note n
                where n.authority_id = :authority and n.version = 1 and n.occurred_on is not null
                """);
        BY_INDICATOR.put(Indicator.PRE_PROCEEDINGS_IN_16_WEEKS, """
                select person_id, person_id as subject_id, end_date as on_date,
                       case when end_date <= letter_date + cast(:preProceedingsDays as integer) then 'Y' else 'N' end as outcome,
                       null::date as due_on, (end_date - letter_date) as days, '' as breakdown
                from pre_proceedings where authority_id = :authority and end_date is not null and letter_date is not null
                """);
        BY_INDICATOR.put(Indicator.HOMELESS_ASSESSMENTS_ON_TIME, """
                select person_id, person_id as subject_id, due as on_date,
                       case when assessment_completed is not null then case when assessment_completed <= due then 'Y' else 'N' end
                            when due < :today then 'N' else 'P' end as outcome,
                       due as due_on, null::integer as days, '' as breakdown
                from (select person_id, assessment_completed, working_days_after(referred_date, :homelessDays) as due
                      from homeless_pathway where authority_id = :authority and referred_date is not null) h
                """);
        BY_INDICATOR.put(Indicator.ADOPTION_A1, ADOPTED.formatted("a.placed_date"));
        BY_INDICATOR.put(Indicator.ADOPTION_A10, ADOPTED.formatted(
                "case when a.foster_carer_adoption then least(a.placed_date, coalesce((select min(pl.start_date) from placement pl "
                        + "join care_period q on q.id = pl.period_id where q.person_id = a.person_id and pl.carer = a.adoptive_family "
                        + "and pl.start_date <= a.placed_date), a.placed_date)) else a.placed_date end"));
        BY_INDICATOR.put(Indicator.ADOPTION_A2, """
                select person_id, person_id as subject_id, match_date as on_date, 'C' as outcome, null::date as due_on,
                       (match_date - authority_date) as days, '' as breakdown
                from adoption_plan where authority_id = :authority and match_date is not null and authority_date is not null
                """);
        BY_INDICATOR.put(Indicator.CARE_LEAVERS_IN_TOUCH, BIRTHDAY_CONTACTS.formatted("c.in_touch = 'YES'"));
        BY_INDICATOR.put(Indicator.CARE_LEAVERS_IN_EET, BIRTHDAY_CONTACTS.formatted("left(c.activity, 1) in ('F', 'P')"));
        BY_INDICATOR.put(Indicator.CARE_LEAVERS_SUITABLY_HOUSED, BIRTHDAY_CONTACTS.formatted("right(c.accommodation, 1) = '1'"));
    }

    private IndicatorFactSql() {
    }
}
