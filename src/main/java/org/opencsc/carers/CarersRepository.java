package org.opencsc.carers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.opencsc.platform.Coded;
import org.opencsc.platform.CurrentAuthority;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CarersRepository {

    private final JdbcClient jdbc;
    private final CurrentAuthority authority;

    CarersRepository(JdbcClient jdbc, CurrentAuthority authority) {
        this.jdbc = jdbc;
        this.authority = authority;
    }

    /** Every household of the authority that may care or did, by name, with reviews and temporary approvals. */
    List<Household> households() {
        return load("h.authority_id = :authority", Map.of());
    }

    Optional<Household> household(long id) {
        return load("h.authority_id = :authority and h.id = :id", Map.of("id", id)).stream().findFirst();
    }

    private List<Household> load(String where, Map<String, Object> params) {
        var reviews = jdbc.sql("select r.* from carer_approval_review r join carer_household h on h.id = r.household_id where " + where
                        + " order by r.review_date, r.id")
                .param("authority", authority.id()).params(params)
                .query((r, n) -> Map.entry(r.getLong("household_id"), new HouseholdReview(r.getLong("id"), r.getObject("review_date", LocalDate.class),
                        r.getObject("panel_date", LocalDate.class), Coded.fromCode(ReviewOutcome.class, r.getString("outcome")).orElseThrow(),
                        r.getString("notes"), null)))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        var approvals = jdbc.sql("select a.* from connected_person_approval a join carer_household h on h.id = a.household_id where " + where)
                .param("authority", authority.id()).params(params)
                .query((r, n) -> Map.entry(r.getLong("household_id"), temporaryApproval(r)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return jdbc.sql("select h.* from carer_household h where " + where + " order by h.name, h.id")
                .param("authority", authority.id()).params(params)
                .query((r, n) -> {
                    var id = r.getLong("id");
                    var approved = r.getObject("approval_date", LocalDate.class);
                    return new Household(id, r.getString("name"), r.getString("address"), r.getString("postcode"),
                            CarerKind.valueOf(r.getString("kind")), HouseholdStatus.valueOf(r.getString("status")), approved,
                            r.getInt("age_from"), r.getInt("age_to"), r.getInt("capacity"), r.getString("terms"),
                            withDueDates(approved, reviews.getOrDefault(id, List.of())), approvals.get(id), r.getInt("version"));
                })
                .list();
    }

    /** Each review with the day it was due by (a year after the approval or the review before). */
    private static List<HouseholdReview> withDueDates(LocalDate approved, List<HouseholdReview> reviews) {
        var dated = new ArrayList<HouseholdReview>();
        var held = new ArrayList<LocalDate>();
        for (var review : reviews) {
            var due = ReviewSchedule.nextDue(approved, held);
            dated.add(new HouseholdReview(review.id(), review.reviewDate(), review.panelDate(), review.outcome(), review.notes(), due));
            held.add(review.reviewDate());
        }
        return dated;
    }

    private static TemporaryApproval temporaryApproval(ResultSet r) throws SQLException {
        var outcome = r.getString("outcome");
        return new TemporaryApproval(r.getLong("id"), r.getObject("start_date", LocalDate.class), r.getObject("expires_on", LocalDate.class),
                r.getObject("extension_requested", LocalDate.class), r.getObject("panel_view_date", LocalDate.class), r.getString("panel_view"),
                r.getObject("decision_date", LocalDate.class), r.getString("decided_by"), (Boolean) r.getObject("extension_agreed"),
                r.getObject("extended_to", LocalDate.class), outcome == null ? null : ApprovalOutcome.valueOf(outcome),
                r.getObject("outcome_date", LocalDate.class));
    }

    long insertHousehold(String name, String address, String postcode, CarerKind kind, HouseholdStatus status, LocalDate approved, int ageFrom,
                         int ageTo, int capacity, String terms, String username) {
        return jdbc.sql("""
                        insert into carer_household (authority_id, name, address, postcode, kind, status, approval_date, age_from, age_to, capacity,
                                                     terms, recorded_by)
                        values (:authority, :name, :address, :postcode, :kind, :status, :approved, :ageFrom, :ageTo, :capacity, :terms, :username)
                        returning id
                        """)
                .param("authority", authority.id()).param("name", name).param("address", address).param("postcode", postcode)
                .param("kind", kind.name()).param("status", status.name()).param("approved", approved).param("ageFrom", ageFrom)
                .param("ageTo", ageTo).param("capacity", capacity).param("terms", terms).param("username", username)
                .query(Long.class).single();
    }

    void insertTemporaryApproval(long householdId, LocalDate start, String username) {
        jdbc.sql("""
                        insert into connected_person_approval (authority_id, household_id, start_date, expires_on, recorded_by)
                        values (:authority, :household, :start, :expires, :username)
                        """)
                .param("authority", authority.id()).param("household", householdId).param("start", start)
                .param("expires", ApprovalTimeline.expiry(start)).param("username", username)
                .update();
    }

    /** Marks the household as changed, so that two people changing it at once cannot both succeed. */
    boolean touch(long householdId, int version) {
        return jdbc.sql("update carer_household set version = version + 1 where id = :id and authority_id = :authority and version = :version")
                .param("id", householdId).param("authority", authority.id()).param("version", version)
                .update() == 1;
    }

    void setStatus(long householdId, HouseholdStatus status, LocalDate approvalDate) {
        jdbc.sql("""
                        update carer_household set status = :status, approval_date = coalesce(:approved, approval_date)
                        where id = :id and authority_id = :authority
                        """)
                .param("status", status.name()).param("approved", approvalDate).param("id", householdId).param("authority", authority.id())
                .update();
    }

    void recordExtension(long householdId, LocalDate requested, LocalDate panelDate, String panelView, LocalDate decisionDate, String decidedBy,
                         boolean agreed, LocalDate extendedTo) {
        jdbc.sql("""
                        update connected_person_approval set extension_requested = :requested, panel_view_date = :panelDate, panel_view = :panelView,
                               decision_date = :decisionDate, decided_by = :decidedBy, extension_agreed = :agreed, extended_to = :extendedTo
                        where household_id = :id and authority_id = :authority
                        """)
                .param("requested", requested).param("panelDate", panelDate).param("panelView", panelView).param("decisionDate", decisionDate)
                .param("decidedBy", decidedBy).param("agreed", agreed).param("extendedTo", extendedTo)
                .param("id", householdId).param("authority", authority.id())
                .update();
    }

    void recordOutcome(long householdId, ApprovalOutcome outcome, LocalDate date) {
        jdbc.sql("update connected_person_approval set outcome = :outcome, outcome_date = :date where household_id = :id and authority_id = :authority")
                .param("outcome", outcome.name()).param("date", date).param("id", householdId).param("authority", authority.id())
                .update();
    }

    long insertReview(long householdId, LocalDate date, LocalDate panelDate, ReviewOutcome outcome, String notes, String username) {
        return jdbc.sql("""
                        insert into carer_approval_review (authority_id, household_id, review_date, panel_date, outcome, notes, recorded_by)
                        values (:authority, :household, :date, :panelDate, :outcome, :notes, :username) returning id
                        """)
                .param("authority", authority.id()).param("household", householdId).param("date", date).param("panelDate", panelDate)
                .param("outcome", outcome.name()).param("notes", notes).param("username", username)
                .query(Long.class).single();
    }

    // Private fostering

    List<PrivateFostering> arrangements(String where, Map<String, Object> params) {
        var visits = jdbc.sql("select v.* from private_fostering_visit v join private_fostering_arrangement a on a.id = v.arrangement_id where "
                        + where + " order by v.visit_date, v.id")
                .param("authority", authority.id()).params(params)
                .query((r, n) -> Map.entry(r.getLong("arrangement_id"), new PrivateFostering.Visit(r.getLong("id"),
                        r.getObject("visit_date", LocalDate.class), r.getBoolean("child_seen"), r.getBoolean("seen_alone"), r.getString("notes"))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("select a.* from private_fostering_arrangement a where " + where + " order by a.start_date, a.id")
                .param("authority", authority.id()).params(params)
                .query((r, n) -> new PrivateFostering(r.getLong("id"), r.getLong("person_id"), r.getString("carer"), r.getString("address"),
                        r.getString("postcode"), r.getObject("notification_date", LocalDate.class), r.getObject("start_date", LocalDate.class),
                        r.getObject("end_date", LocalDate.class), visits.getOrDefault(r.getLong("id"), List.of()), null))
                .list();
    }

    List<PrivateFostering> arrangementsOf(long personId) {
        return arrangements("a.authority_id = :authority and a.person_id = :personId", Map.of("personId", personId));
    }

    List<PrivateFostering> openArrangements() {
        return arrangements("a.authority_id = :authority and a.end_date is null", Map.of());
    }

    long insertArrangement(long personId, String carer, String address, String postcode, LocalDate notified, LocalDate start, String username) {
        return jdbc.sql("""
                        insert into private_fostering_arrangement (authority_id, person_id, carer, address, postcode, notification_date, start_date,
                                                                   recorded_by)
                        values (:authority, :personId, :carer, :address, :postcode, :notified, :start, :username) returning id
                        """)
                .param("authority", authority.id()).param("personId", personId).param("carer", carer).param("address", address)
                .param("postcode", postcode).param("notified", notified).param("start", start).param("username", username)
                .query(Long.class).single();
    }

    void endArrangement(long id, LocalDate end) {
        jdbc.sql("update private_fostering_arrangement set end_date = :end where id = :id and authority_id = :authority")
                .param("end", end).param("id", id).param("authority", authority.id())
                .update();
    }

    long insertVisit(long arrangementId, long personId, LocalDate date, boolean seen, boolean alone, String notes, String username) {
        return jdbc.sql("""
                        insert into private_fostering_visit (authority_id, arrangement_id, person_id, visit_date, child_seen, seen_alone, notes, recorded_by)
                        values (:authority, :arrangement, :personId, :date, :seen, :alone, :notes, :username) returning id
                        """)
                .param("authority", authority.id()).param("arrangement", arrangementId).param("personId", personId).param("date", date)
                .param("seen", seen).param("alone", alone).param("notes", notes).param("username", username)
                .query(Long.class).single();
    }
}
