package org.opencsc.permanence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.opencsc.platform.Coded;
import org.opencsc.platform.CurrentAuthority;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PermanenceRepository {

    private final JdbcClient jdbc;
    private final CurrentAuthority authority;

    PermanenceRepository(JdbcClient jdbc, CurrentAuthority authority) {
        this.jdbc = jdbc;
        this.authority = authority;
    }

    long insertPlan(long personId, LocalDate decisionDate, String username) {
        return jdbc.sql("""
                        insert into adoption_plan (authority_id, person_id, decision_date, recorded_by)
                        values (:authority, :personId, :decision, :username) returning id
                        """)
                .param("authority", authority.id()).param("personId", personId).param("decision", decisionDate).param("username", username)
                .query(Long.class).single();
    }

    /** Writes the plan's steps as they now stand; false if someone else changed it first. */
    boolean update(AdoptionPlan plan) {
        return jdbc.sql("""
                        update adoption_plan set authority_to_place = :kind, authority_date = :authorityDate, match_date = :matchDate,
                               adoptive_family_id = :familyId, adoptive_family = :family, foster_carer_adoption = :fosterCarers,
                               placed_date = :placed, order_date = :orderDate, consent_dispensed = :dispensed,
                               ceased_date = :ceased, ceased_reason = :reason, version = version + 1
                        where id = :id and authority_id = :authority and version = :version
                        """)
                .param("kind", plan.authorityToPlace() == null ? null : plan.authorityToPlace().name()).param("authorityDate", plan.authorityDate())
                .param("matchDate", plan.matchDate()).param("familyId", plan.adoptiveFamilyId()).param("family", plan.adoptiveFamily())
                .param("fosterCarers", plan.fosterCarerAdoption()).param("placed", plan.placedDate()).param("orderDate", plan.orderDate())
                .param("dispensed", plan.consentDispensed()).param("ceased", plan.ceasedDate())
                .param("reason", plan.ceasedReason() == null ? null : plan.ceasedReason().code())
                .param("id", plan.id()).param("authority", authority.id()).param("version", plan.version())
                .update() == 1;
    }

    List<AdoptionPlan> plansOf(long personId) {
        return jdbc.sql("select * from adoption_plan where person_id = :personId and authority_id = :authority order by decision_date, id")
                .param("personId", personId).param("authority", authority.id())
                .query(PermanenceRepository::plan).list();
    }

    Optional<AdoptionPlan> find(long personId, long planId) {
        return jdbc.sql("select * from adoption_plan where id = :id and person_id = :personId and authority_id = :authority")
                .param("id", planId).param("personId", personId).param("authority", authority.id())
                .query(PermanenceRepository::plan).optional();
    }

    /** Adoptions in progress across the authority, the longest-standing decision first. */
    List<AdoptionPlan> inProgress() {
        return jdbc.sql("""
                        select * from adoption_plan where authority_id = :authority and order_date is null and ceased_date is null
                        order by decision_date, id
                        """)
                .param("authority", authority.id())
                .query(PermanenceRepository::plan).list();
    }

    /** Children adopted with the order made between two days, inclusive. */
    List<AdoptionPlan> adoptedBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select * from adoption_plan where authority_id = :authority and order_date between :from and :to
                        order by order_date, id
                        """)
                .param("authority", authority.id()).param("from", from).param("to", to)
                .query(PermanenceRepository::plan).list();
    }

    long insertOrder(long personId, long periodId, PermanenceOrderKind kind, LocalDate orderDate, String carers, String reasonCeased,
                     Boolean supportPlan, String username) {
        return jdbc.sql("""
                        insert into permanence_order (authority_id, person_id, care_period_id, kind, order_date, carers, reason_ceased,
                                                      support_plan, recorded_by)
                        values (:authority, :personId, :periodId, :kind, :orderDate, :carers, :reason, :supportPlan, :username) returning id
                        """)
                .param("authority", authority.id()).param("personId", personId).param("periodId", periodId).param("kind", kind.name())
                .param("orderDate", orderDate).param("carers", carers).param("reason", reasonCeased).param("supportPlan", supportPlan)
                .param("username", username)
                .query(Long.class).single();
    }

    List<PermanenceOrder> ordersOf(long personId) {
        return jdbc.sql("select * from permanence_order where person_id = :personId and authority_id = :authority order by order_date, id")
                .param("personId", personId).param("authority", authority.id())
                .query((r, n) -> new PermanenceOrder(r.getLong("id"), r.getLong("person_id"), PermanenceOrderKind.valueOf(r.getString("kind")),
                        r.getObject("order_date", LocalDate.class), r.getString("carers"), r.getString("reason_ceased"),
                        (Boolean) r.getObject("support_plan")))
                .list();
    }

    private static AdoptionPlan plan(ResultSet r, int row) throws SQLException {
        var kind = r.getString("authority_to_place");
        return new AdoptionPlan(r.getLong("id"), r.getLong("person_id"), r.getObject("decision_date", LocalDate.class),
                kind == null ? null : AuthorityToPlace.valueOf(kind), r.getObject("authority_date", LocalDate.class),
                r.getObject("match_date", LocalDate.class), (Long) r.getObject("adoptive_family_id"), r.getString("adoptive_family"),
                (Boolean) r.getObject("foster_carer_adoption"), r.getObject("placed_date", LocalDate.class), r.getObject("order_date", LocalDate.class),
                (Boolean) r.getObject("consent_dispensed"), r.getObject("ceased_date", LocalDate.class),
                Coded.fromCode(NoLongerPlacedReason.class, r.getString("ceased_reason")).orElse(null), r.getInt("version"));
    }
}
