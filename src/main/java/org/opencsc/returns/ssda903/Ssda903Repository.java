package org.opencsc.returns.ssda903;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.opencsc.platform.ClockZone;
import org.opencsc.platform.CurrentAuthority;
import org.opencsc.returns.CollectionYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the SSDA903 reads from the ordinary records (person, addresses, referrals, missing
 * episodes, health, leaving care, adoption, allocations), each as one query over the year's
 * children, never one per child. Periods of care, legal statuses and placements are read by the
 * care feature, which derives the episodes.
 */
@Repository
class Ssda903Repository {

    private final JdbcClient jdbc;
    private final CurrentAuthority authority;

    Ssda903Repository(JdbcClient jdbc, CurrentAuthority authority) {
        this.jdbc = jdbc;
        this.authority = authority;
    }

    record ChildRow(long personId, String laChildId, String sex, LocalDate dateOfBirth, String ethnicity, String upn, String upnUnknownReason,
                    boolean uasc) {
    }

    /**
     * The children the year's return may hold: those with a period of care open at any time in the
     * year, and those who had been looked after before its end and have a 17th to 21st birthday
     * in it (the care leavers of OC3, sifted later by their category).
     */
    List<ChildRow> children(CollectionYear year) {
        return jdbc.sql("""
                        select p.id, p.la_child_id, p.sex, p.date_of_birth, p.ethnicity, p.upn, p.upn_unknown_reason, p.uasc
                        from person p
                        where p.authority_id = :authority
                          and exists (select 1 from care_period c
                                      where c.person_id = p.id and c.authority_id = :authority and c.start_date <= :end
                                        and (c.end_date is null or c.end_date >= :start
                                             or p.date_of_birth between :oldestLeaver and :youngestLeaver))
                        order by p.id
                        """)
                .param("authority", authority.id()).param("start", year.start()).param("end", year.end())
                .param("oldestLeaver", year.start().minusYears(21)).param("youngestLeaver", year.end().minusYears(17))
                .query((r, n) -> new ChildRow(r.getLong("id"), r.getString("la_child_id"), r.getString("sex"), r.getObject("date_of_birth", LocalDate.class),
                        r.getString("ethnicity"), r.getString("upn"), r.getString("upn_unknown_reason"), r.getBoolean("uasc")))
                .list();
    }

    record Dated(long personId, LocalDate date, String value) {
    }

    /**
     * Each child's categories of need, oldest first: the primary need of each referral, and the
     * category a period of care brought in from a previous system was recorded with (dated the
     * period's start, and after a referral of the same day, so that the period's own wins).
     */
    Map<Long, List<Dated>> needs(Collection<Long> ids) {
        return grouped(jdbc.sql("""
                        select person_id, referral_date as day, primary_need as need, 0 as own, id from referral
                        where authority_id = :authority and person_id in (:ids) and primary_need is not null
                        union all
                        select person_id, start_date, category_of_need, 1, id from care_period
                        where authority_id = :authority and person_id in (:ids) and category_of_need is not null
                        order by day, own, id
                        """)
                .param("authority", authority.id()).param("ids", ids)
                .query((r, n) -> new Dated(r.getLong("person_id"), r.getObject("day", LocalDate.class), r.getString("need")))
                .list());
    }

    /** Each child's addresses (the postcode from the day it started), oldest first: the home postcode of an episode. */
    Map<Long, List<Dated>> homes(Collection<Long> ids) {
        return grouped(jdbc.sql("""
                        select a.person_id, a.start_date, a.postcode from address a join person p on p.id = a.person_id
                        where p.authority_id = :authority and a.person_id in (:ids)
                        order by a.start_date, a.id
                        """)
                .param("authority", authority.id()).param("ids", ids)
                .query((r, n) -> new Dated(r.getLong("person_id"), r.getObject("start_date", LocalDate.class), r.getString("postcode")))
                .list());
    }

    record Missing(long personId, String kind, LocalDate start, LocalDate end) {
    }

    /** Times missing or away that were going on at any moment of the year, by child. */
    Map<Long, List<Missing>> missing(Collection<Long> ids, CollectionYear year) {
        var from = year.start().atStartOfDay(ClockZone.UK).toInstant();
        var to = year.end().plusDays(1).atStartOfDay(ClockZone.UK).toInstant();
        return jdbc.sql("""
                        select person_id, kind, went_missing_at, returned_at from missing_episode
                        where authority_id = :authority and person_id in (:ids) and went_missing_at < :to
                          and (returned_at is null or returned_at >= :from)
                        order by went_missing_at, id
                        """)
                .param("authority", authority.id()).param("ids", ids).param("from", java.sql.Timestamp.from(from)).param("to", java.sql.Timestamp.from(to))
                .query((r, n) -> new Missing(r.getLong("person_id"), r.getString("kind"), day(r.getTimestamp("went_missing_at").toInstant()),
                        r.getTimestamp("returned_at") == null ? null : day(r.getTimestamp("returned_at").toInstant())))
                .list().stream().collect(Collectors.groupingBy(Missing::personId));
    }

    private static LocalDate day(Instant moment) {
        return moment.atZone(ClockZone.UK).toLocalDate();
    }

    record Sdq(long personId, LocalDate date, Integer score, String reason) {
    }

    /** Strengths and difficulties questionnaires done by the end of the year, oldest first. */
    Map<Long, List<Sdq>> sdqs(Collection<Long> ids, CollectionYear year) {
        return jdbc.sql("""
                        select person_id, sdq_date, score, reason from sdq
                        where authority_id = :authority and person_id in (:ids) and sdq_date <= :end
                        order by sdq_date, id
                        """)
                .param("authority", authority.id()).param("ids", ids).param("end", year.end())
                .query((r, n) -> new Sdq(r.getLong("person_id"), r.getObject("sdq_date", LocalDate.class), (Integer) r.getObject("score"),
                        r.getString("reason")))
                .list().stream().collect(Collectors.groupingBy(Sdq::personId));
    }

    /**
     * The dated health records of each child up to the end of the year, oldest first: health
     * assessments ("ASSESSMENT"), dental checks ("DENTAL"), whether immunisations were up to date
     * ("IMMUNISED" true or false) and referrals to the substance misuse service ("SUBSTANCE",
     * with "SEEN" when the young person was seen by it).
     */
    Map<Long, List<Dated>> health(Collection<Long> ids, CollectionYear year) {
        return grouped(jdbc.sql("""
                        select person_id, assessment_date as day, 'ASSESSMENT' as what from health_assessment
                        where authority_id = :authority and person_id in (:ids) and assessment_date <= :end
                        union all
                        select person_id, check_date, 'DENTAL' from dental_check
                        where authority_id = :authority and person_id in (:ids) and check_date <= :end
                        union all
                        select person_id, recorded_date, case when up_to_date then 'IMMUNISED true' else 'IMMUNISED false' end from immunisation_status
                        where authority_id = :authority and person_id in (:ids) and recorded_date <= :end
                        union all
                        select person_id, referred_date, case when first_seen is not null and first_seen <= :end then 'SUBSTANCE SEEN' else 'SUBSTANCE' end
                        from service_referral
                        where authority_id = :authority and person_id in (:ids) and service = 'SUBSTANCE_MISUSE' and referred_date <= :end
                          and (accepted is null or accepted)
                        order by 2
                        """)
                .param("authority", authority.id()).param("ids", ids).param("end", year.end())
                .query((r, n) -> new Dated(r.getLong("person_id"), r.getObject("day", LocalDate.class), r.getString("what")))
                .list());
    }

    record Contact(long personId, int age, String inTouch, String activity, String accommodation) {
    }

    /** The contacts made with care leavers around their birthdays, by child and age. */
    Map<Long, Map<Integer, Contact>> careLeaverContacts(Collection<Long> ids) {
        return jdbc.sql("""
                        select person_id, age, in_touch, activity, accommodation from care_leaver_contact
                        where authority_id = :authority and person_id in (:ids)
                        """)
                .param("authority", authority.id()).param("ids", ids)
                .query((r, n) -> new Contact(r.getLong("person_id"), r.getInt("age"), r.getString("in_touch"), r.getString("activity"),
                        r.getString("accommodation")))
                .list().stream().collect(Collectors.groupingBy(Contact::personId, Collectors.toMap(Contact::age, c -> c)));
    }

    /**
     * An adoption plan with the number and sexes of the approved adopters the child was matched
     * with (sexes sorted: "FM", "F"): the family the plan names, or else the adopters' record of
     * their match with the child.
     */
    record AdoptionPlanRow(long personId, LocalDate decisionDate, LocalDate matchDate, Boolean fosterCarers, LocalDate placedDate,
                           LocalDate orderDate, LocalDate ceasedDate, String ceasedReason, int adopters, String adopterSexes) {
    }

    Map<Long, List<AdoptionPlanRow>> adoptionPlans(Collection<Long> ids) {
        return jdbc.sql("""
                        select a.person_id, a.decision_date, a.match_date, a.foster_carer_adoption, a.placed_date, a.order_date, a.ceased_date,
                               a.ceased_reason, count(ad.id) as adopters, coalesce(string_agg(ad.sex, '' order by ad.sex), '') as sexes
                        from adoption_plan a
                        left join adopter ad on ad.authority_id = a.authority_id and ad.family_id = coalesce(a.adoptive_family_id,
                            (select m.family_id from adopter_match m
                             where m.authority_id = a.authority_id and m.person_id = a.person_id and m.ended_on is null
                             order by m.matched_on desc, m.id desc limit 1))
                        where a.authority_id = :authority and a.person_id in (:ids)
                        group by a.id
                        order by a.decision_date, a.id
                        """)
                .param("authority", authority.id()).param("ids", ids)
                .query((r, n) -> new AdoptionPlanRow(r.getLong("person_id"), r.getObject("decision_date", LocalDate.class),
                        r.getObject("match_date", LocalDate.class), (Boolean) r.getObject("foster_carer_adoption"), r.getObject("placed_date", LocalDate.class),
                        r.getObject("order_date", LocalDate.class), r.getObject("ceased_date", LocalDate.class), r.getString("ceased_reason"),
                        r.getInt("adopters"), r.getString("sexes")))
                .list().stream().collect(Collectors.groupingBy(AdoptionPlanRow::personId));
    }

    /** Special guardianship and child arrangements orders that ended a period of care, by child, oldest first ("SGO", "CAO"). */
    Map<Long, List<Dated>> permanenceOrders(Collection<Long> ids) {
        return grouped(jdbc.sql("""
                        select person_id, order_date, kind from permanence_order
                        where authority_id = :authority and person_id in (:ids)
                        order by order_date, id
                        """)
                .param("authority", authority.id()).param("ids", ids)
                .query((r, n) -> new Dated(r.getLong("person_id"), r.getObject("order_date", LocalDate.class), r.getString("kind")))
                .list());
    }

    record Allocation(long personId, long workerId, LocalDate start, LocalDate end) {
    }

    /** Allocations to a named worker that were open at any time in the year, by child. */
    Map<Long, List<Allocation>> allocations(Collection<Long> ids, CollectionYear year) {
        return jdbc.sql("""
                        select a.person_id, a.worker_id, a.start_date, a.end_date from allocation a join person p on p.id = a.person_id
                        where p.authority_id = :authority and a.person_id in (:ids) and a.worker_id is not null
                          and a.start_date <= :end and (a.end_date is null or a.end_date >= :start)
                        order by a.start_date, a.id
                        """)
                .param("authority", authority.id()).param("ids", ids).param("start", year.start()).param("end", year.end())
                .query((r, n) -> new Allocation(r.getLong("person_id"), r.getLong("worker_id"), r.getObject("start_date", LocalDate.class),
                        r.getObject("end_date", LocalDate.class)))
                .list().stream().collect(Collectors.groupingBy(Allocation::personId));
    }

    /** The date of birth of each of these children's first child, for the children who are mothers. */
    Map<Long, LocalDate> mothers(Collection<Long> ids) {
        return jdbc.sql("""
                        select r.related_person_id as mother, min(c.date_of_birth) as first_born
                        from relationship r join person c on c.id = r.person_id
                        where c.authority_id = :authority and r.kind = 'MOTHER' and r.related_person_id in (:ids)
                        group by r.related_person_id
                        """)
                .param("authority", authority.id()).param("ids", ids)
                .query((r, n) -> Map.entry(r.getLong("mother"), java.util.Optional.ofNullable(r.getObject("first_born", LocalDate.class))))
                .list().stream().filter(e -> e.getValue().isPresent())
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().orElseThrow()));
    }

    private static Map<Long, List<Dated>> grouped(List<Dated> rows) {
        return rows.stream().collect(Collectors.groupingBy(Dated::personId));
    }
}
