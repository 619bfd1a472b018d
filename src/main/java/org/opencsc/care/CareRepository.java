package org.opencsc.care;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.opencsc.care.CareHistory.LegalStatusChange;
import org.opencsc.platform.Coded;
import org.opencsc.platform.CurrentAuthority;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CareRepository {

    private final JdbcClient jdbc;
    private final CurrentAuthority authority;

    CareRepository(JdbcClient jdbc, CurrentAuthority authority) {
        this.jdbc = jdbc;
        this.authority = authority;
    }

    /** Every period of care of a child, oldest first, with what hangs from each. */
    List<CarePeriod> periods(long personId) {
        return periodsOf(List.of(personId)).getOrDefault(personId, List.of());
    }

    /** Every period of care of each of these children, oldest first, by child. */
    Map<Long, List<CarePeriod>> periodsOf(Collection<Long> personIds) {
        return periodsOf(personIds, true);
    }

    /**
     * The same; without {@code everything}, only the periods' legal statuses and placements, which is
     * all that figures about moves and stability need (care plans and reviews are many more rows).
     */
    Map<Long, List<CarePeriod>> periodsOf(Collection<Long> personIds, boolean everything) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        var statuses = jdbc.sql("""
                        select s.period_id, s.start_date, s.code from care_legal_status s join care_period p on p.id = s.period_id
                        where p.person_id in (:ids) and p.authority_id = :authority order by s.start_date
                        """)
                .param("ids", personIds).param("authority", authority.id())
                .query((r, n) -> Map.entry(r.getLong("period_id"), new LegalStatusChange(r.getObject("start_date", LocalDate.class), r.getString("code"))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        var placements = jdbc.sql("""
                        select pl.* from placement pl join care_period p on p.id = pl.period_id
                        where p.person_id in (:ids) and p.authority_id = :authority order by pl.start_date
                        """)
                .param("ids", personIds).param("authority", authority.id())
                .query((r, n) -> Map.entry(r.getLong("period_id"), placement(r)))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        var plans = !everything ? Map.<Long, List<CarePlan>>of()
                : jdbc.sql("select * from care_plan where person_id in (:ids) and authority_id = :authority order by agreed_date, id")
                .param("ids", personIds).param("authority", authority.id())
                .query((r, n) -> Map.entry(r.getLong("period_id"), new CarePlan(r.getLong("id"), r.getObject("agreed_date", LocalDate.class),
                        Coded.fromCode(PermanencePlan.class, r.getString("permanence_plan")).orElseThrow(), r.getString("summary"))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        var reviews = !everything ? Map.<Long, List<CareReview>>of()
                : jdbc.sql("select * from care_review where person_id in (:ids) and authority_id = :authority order by review_date, id")
                .param("ids", personIds).param("authority", authority.id())
                .query((r, n) -> Map.entry(r.getLong("period_id"), new CareReview(r.getLong("id"), r.getObject("review_date", LocalDate.class),
                        r.getString("iro"), Coded.fromCode(ReviewParticipation.class, r.getString("participation")).orElseThrow(),
                        r.getObject("iro_contact_date", LocalDate.class), r.getString("recommendations"))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("select * from care_period where person_id in (:ids) and authority_id = :authority order by start_date")
                .param("ids", personIds).param("authority", authority.id())
                .query((r, n) -> {
                    var id = r.getLong("id");
                    return new CarePeriod(id, r.getLong("person_id"), r.getObject("start_date", LocalDate.class), r.getObject("end_date", LocalDate.class),
                            r.getString("reason_ceased"), statuses.getOrDefault(id, List.of()), placements.getOrDefault(id, List.of()),
                            plans.getOrDefault(id, List.of()), reviews.getOrDefault(id, List.of()), r.getInt("version"));
                })
                .list().stream().collect(Collectors.groupingBy(CarePeriod::personId, java.util.LinkedHashMap::new, Collectors.toList()));
    }

    /** The children looked after on a day. */
    List<Long> lookedAfterOn(LocalDate day) {
        return jdbc.sql("""
                        select person_id from care_period
                        where authority_id = :authority and start_date <= :day and (end_date is null or end_date > :day)
                        order by person_id
                        """)
                .param("authority", authority.id()).param("day", day)
                .query(Long.class).list();
    }

    private static Placement placement(ResultSet r) throws SQLException {
        return new Placement(r.getLong("id"), r.getObject("start_date", LocalDate.class), r.getObject("end_date", LocalDate.class), r.getString("place"),
                r.getString("provider"), r.getString("carer"), r.getString("postcode"), r.getString("urn"), r.getBigDecimal("distance_miles"),
                r.getBoolean("temporary_approval"), r.getObject("long_term_from", LocalDate.class), r.getString("end_reason"),
                (Boolean) r.getObject("unplanned_ending"), (Long) r.getObject("carer_household_id"));
    }

    long insertPeriod(long personId, LocalDate start, String username) {
        return jdbc.sql("""
                        insert into care_period (authority_id, person_id, start_date, recorded_by)
                        values (:authority, :personId, :start, :username) returning id
                        """)
                .param("authority", authority.id()).param("personId", personId).param("start", start).param("username", username)
                .query(Long.class).single();
    }

    void insertLegalStatus(long periodId, LocalDate from, String code, String username) {
        jdbc.sql("""
                        insert into care_legal_status (authority_id, period_id, start_date, code, recorded_by)
                        values (:authority, :periodId, :from, :code, :username)
                        on conflict (period_id, start_date) do update set code = excluded.code, recorded_by = excluded.recorded_by, recorded_at = now()
                        """)
                .param("authority", authority.id()).param("periodId", periodId).param("from", from).param("code", code).param("username", username)
                .update();
    }

    long insertPlacement(long periodId, Placement placement, String username) {
        return jdbc.sql("""
                        insert into placement (authority_id, period_id, start_date, place, provider, carer, postcode, urn, distance_miles,
                                               temporary_approval, carer_household_id, recorded_by)
                        values (:authority, :periodId, :start, :place, :provider, :carer, :postcode, :urn, :distance, :temporary, :household,
                                :username)
                        returning id
                        """)
                .param("authority", authority.id()).param("periodId", periodId).param("start", placement.start()).param("place", placement.place())
                .param("provider", placement.provider()).param("carer", placement.carer()).param("postcode", placement.postcode())
                .param("urn", placement.urn()).param("distance", placement.distanceMiles()).param("temporary", placement.temporaryApproval())
                .param("household", placement.carerHouseholdId()).param("username", username)
                .query(Long.class).single();
    }

    void endPlacement(long placementId, LocalDate end, String reason, Boolean unplanned) {
        jdbc.sql("""
                        update placement set end_date = :end, end_reason = :reason, unplanned_ending = :unplanned
                        where id = :id and authority_id = :authority
                        """)
                .param("end", end).param("reason", reason).param("unplanned", unplanned).param("id", placementId).param("authority", authority.id())
                .update();
    }

    void agreeLongTerm(long placementId, LocalDate from) {
        jdbc.sql("update placement set long_term_from = :from where id = :id and authority_id = :authority")
                .param("from", from).param("id", placementId).param("authority", authority.id())
                .update();
    }

    /** Ends the period if nobody has changed it since it was read. */
    boolean endPeriod(long periodId, LocalDate end, String reasonCeased, int version) {
        return jdbc.sql("""
                        update care_period set end_date = :end, reason_ceased = :reason, version = version + 1
                        where id = :id and authority_id = :authority and version = :version
                        """)
                .param("end", end).param("reason", reasonCeased).param("id", periodId).param("authority", authority.id()).param("version", version)
                .update() == 1;
    }

    /** Marks the period as changed, so that two people changing it at once cannot both succeed. */
    boolean touch(long periodId, int version) {
        return jdbc.sql("update care_period set version = version + 1 where id = :id and authority_id = :authority and version = :version")
                .param("id", periodId).param("authority", authority.id()).param("version", version)
                .update() == 1;
    }

    long insertCarePlan(long personId, long periodId, LocalDate agreed, PermanencePlan plan, String summary, String username) {
        return jdbc.sql("""
                        insert into care_plan (authority_id, person_id, period_id, agreed_date, permanence_plan, summary, recorded_by)
                        values (:authority, :personId, :periodId, :agreed, :plan, :summary, :username) returning id
                        """)
                .param("authority", authority.id()).param("personId", personId).param("periodId", periodId).param("agreed", agreed)
                .param("plan", plan.code()).param("summary", summary).param("username", username)
                .query(Long.class).single();
    }

    long insertReview(long personId, long periodId, LocalDate date, String iro, ReviewParticipation participation, LocalDate iroContact,
                      String recommendations, String username) {
        return jdbc.sql("""
                        insert into care_review (authority_id, person_id, period_id, review_date, iro, participation, iro_contact_date,
                                                 recommendations, recorded_by)
                        values (:authority, :personId, :periodId, :date, :iro, :participation, :contact, :recommendations, :username)
                        returning id
                        """)
                .param("authority", authority.id()).param("personId", personId).param("periodId", periodId).param("date", date).param("iro", iro)
                .param("participation", participation.code()).param("contact", iroContact).param("recommendations", recommendations)
                .param("username", username)
                .query(Long.class).single();
    }


    /** The disruption meetings held about a child's placements, by placement. */
    Map<Long, DisruptionMeeting> disruptionMeetings(long personId) {
        return jdbc.sql("""
                        select d.* from disruption_meeting d join placement pl on pl.id = d.placement_id join care_period p on p.id = pl.period_id
                        where p.person_id = :personId and p.authority_id = :authority
                        """)
                .param("personId", personId).param("authority", authority.id())
                .query((r, n) -> new DisruptionMeeting(r.getLong("id"), r.getLong("placement_id"), r.getObject("meeting_date", LocalDate.class),
                        r.getString("attendees"), r.getString("learning")))
                .list().stream().collect(Collectors.toMap(DisruptionMeeting::placementId, m -> m));
    }

    long insertDisruptionMeeting(long placementId, LocalDate date, String attendees, String learning, String username) {
        return jdbc.sql("""
                        insert into disruption_meeting (authority_id, placement_id, meeting_date, attendees, learning, recorded_by)
                        values (:authority, :placementId, :date, :attendees, :learning, :username) returning id
                        """)
                .param("authority", authority.id()).param("placementId", placementId).param("date", date).param("attendees", attendees)
                .param("learning", learning).param("username", username)
                .query(Long.class).single();
    }

    /** The children living now with any of these households. */
    List<PlacedChild> placedWith(java.util.Collection<Long> householdIds) {
        if (householdIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select pl.carer_household_id, p.person_id, pl.start_date, pl.place, pl.temporary_approval
                        from placement pl join care_period p on p.id = pl.period_id
                        where pl.carer_household_id in (:ids) and pl.end_date is null and pl.authority_id = :authority
                        order by pl.start_date
                        """)
                .param("ids", householdIds).param("authority", authority.id())
                .query((r, n) -> new PlacedChild(r.getLong("carer_household_id"), r.getLong("person_id"), r.getObject("start_date", LocalDate.class),
                        r.getString("place"), r.getBoolean("temporary_approval")))
                .list();
    }
}
