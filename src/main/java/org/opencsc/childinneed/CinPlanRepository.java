package org.opencsc.childinneed;

import java.time.LocalDate;
import java.util.List;
import org.opencsc.platform.CurrentAuthority;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CinPlanRepository {

    private final JdbcClient jdbc;
    private final CurrentAuthority authority;

    CinPlanRepository(JdbcClient jdbc, CurrentAuthority authority) {
        this.jdbc = jdbc;
        this.authority = authority;
    }

    long insert(long personId, long referralId, LocalDate start, String outcomes, String username) {
        return jdbc.sql("""
                        insert into cin_plan (authority_id, person_id, referral_id, start_date, outcomes, recorded_by)
                        values (:authority, :personId, :referralId, :start, :outcomes, :username) returning id
                        """)
                .param("authority", authority.id()).param("personId", personId).param("referralId", referralId)
                .param("start", start).param("outcomes", outcomes).param("username", username)
                .query(Long.class).single();
    }

    void end(long planId, LocalDate end) {
        jdbc.sql("update cin_plan set end_date = :end, version = version + 1 where id = :id and authority_id = :authority")
                .param("end", end).param("id", planId).param("authority", authority.id())
                .update();
    }

    long insertReview(long personId, long planId, LocalDate date, CinReviewDecision decision, String progress, String username) {
        return jdbc.sql("""
                        insert into cin_review (authority_id, person_id, plan_id, review_date, decision, progress, recorded_by)
                        values (:authority, :personId, :planId, :date, :decision, :progress, :username) returning id
                        """)
                .param("authority", authority.id()).param("personId", personId).param("planId", planId).param("date", date)
                .param("decision", decision.name()).param("progress", progress).param("username", username)
                .query(Long.class).single();
    }

    List<CinPlan> forPerson(long personId) {
        var reviews = jdbc.sql("select * from cin_review where person_id = :personId and authority_id = :authority order by review_date, id")
                .param("personId", personId).param("authority", authority.id())
                .query((r, n) -> java.util.Map.entry(r.getLong("plan_id"), new CinPlan.Review(r.getLong("id"),
                        r.getObject("review_date", LocalDate.class), CinReviewDecision.valueOf(r.getString("decision")), r.getString("progress"))))
                .list();
        return jdbc.sql("select * from cin_plan where person_id = :personId and authority_id = :authority order by start_date desc, id desc")
                .param("personId", personId).param("authority", authority.id())
                .query((r, n) -> {
                    var id = r.getLong("id");
                    return new CinPlan(id, r.getLong("person_id"), r.getLong("referral_id"), r.getObject("start_date", LocalDate.class),
                            r.getString("outcomes"), r.getObject("end_date", LocalDate.class),
                            reviews.stream().filter(e -> e.getKey() == id).map(java.util.Map.Entry::getValue).toList());
                })
                .list();
    }
}
