package org.opencsc.protection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.opencsc.platform.CurrentAuthority;
import org.opencsc.protection.ProtectionRecords.Conference;
import org.opencsc.protection.ProtectionRecords.CoreGroup;
import org.opencsc.protection.ProtectionRecords.CpPlan;
import org.opencsc.protection.ProtectionRecords.Enquiry;
import org.opencsc.protection.ProtectionRecords.PlanAction;
import org.opencsc.protection.ProtectionRecords.StrategyDiscussion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ProtectionRepository {

    private final JdbcClient jdbc;
    private final CurrentAuthority authority;

    ProtectionRepository(JdbcClient jdbc, CurrentAuthority authority) {
        this.jdbc = jdbc;
        this.authority = authority;
    }

    private long insert(String sql, Map<String, ?> values) {
        return jdbc.sql(sql).params(values).param("authority", authority.id()).query(Long.class).single();
    }

    long insertStrategyDiscussion(long personId, long referralId, LocalDate date, String attendees, StrategyDecision decision,
                                  String rationale, String username) {
        return insert("""
                insert into strategy_discussion (authority_id, person_id, referral_id, discussion_date, attendees, decision, rationale, recorded_by)
                values (:authority, :personId, :referralId, :date, :attendees, :decision, :rationale, :username) returning id
                """, params("personId", personId, "referralId", referralId, "date", date, "attendees", attendees,
                "decision", decision.name(), "rationale", rationale, "username", username));
    }

    void updateStrategyDiscussion(long id, LocalDate date, String attendees, String rationale) {
        jdbc.sql("""
                        update strategy_discussion set discussion_date = :date, attendees = :attendees, rationale = :rationale,
                            version = version + 1 where id = :id and authority_id = :authority
                        """)
                .param("date", date).param("attendees", attendees).param("rationale", rationale)
                .param("id", id).param("authority", authority.id())
                .update();
    }

    long insertEnquiry(long personId, long strategyId, LocalDate start, LocalDate icpcTarget, String username) {
        return insert("""
                insert into s47_enquiry (authority_id, person_id, strategy_discussion_id, start_date, icpc_target_date, recorded_by)
                values (:authority, :personId, :strategyId, :start, :target, :username) returning id
                """, params("personId", personId, "strategyId", strategyId, "start", start, "target", icpcTarget, "username", username));
    }

    void moveIcpcTarget(long enquiryId, LocalDate target) {
        jdbc.sql("update s47_enquiry set icpc_target_date = :target, version = version + 1 where id = :id and authority_id = :authority")
                .param("target", target).param("id", enquiryId).param("authority", authority.id())
                .update();
    }

    void endEnquiry(long enquiryId, LocalDate end, String outcome) {
        jdbc.sql("update s47_enquiry set end_date = :end, outcome = :outcome, version = version + 1 where id = :id and authority_id = :authority")
                .param("end", end).param("outcome", outcome).param("id", enquiryId).param("authority", authority.id())
                .update();
    }

    long insertConference(long personId, String kind, Long s47Id, Long planId, LocalDate date, String chair, String decision, String username) {
        return insert("""
                insert into cp_conference (authority_id, person_id, kind, s47_id, plan_id, conference_date, chair, decision, recorded_by)
                values (:authority, :personId, :kind, :s47Id, :planId, :date, :chair, :decision, :username) returning id
                """, params("personId", personId, "kind", kind, "s47Id", s47Id, "planId", planId, "date", date, "chair", chair,
                "decision", decision, "username", username));
    }

    void linkConferenceToPlan(long conferenceId, long planId) {
        jdbc.sql("update cp_conference set plan_id = :planId where id = :id and authority_id = :authority")
                .param("planId", planId).param("id", conferenceId).param("authority", authority.id())
                .update();
    }

    long insertPlan(long personId, long referralId, LocalDate start, CategoryOfAbuse category, String username) {
        return insert("""
                insert into cp_plan (authority_id, person_id, referral_id, start_date, initial_category, latest_category, recorded_by)
                values (:authority, :personId, :referralId, :start, :category, :category, :username) returning id
                """, params("personId", personId, "referralId", referralId, "start", start, "category", category.name(), "username", username));
    }

    void reviewPlan(long planId, CategoryOfAbuse latest, LocalDate end, PlanEndReason reason) {
        jdbc.sql("""
                        update cp_plan set latest_category = coalesce(:latest, latest_category), end_date = :end, end_reason = :reason,
                            version = version + 1 where id = :id and authority_id = :authority
                        """)
                .param("latest", latest == null ? null : latest.name()).param("end", end).param("reason", reason == null ? null : reason.name())
                .param("id", planId).param("authority", authority.id())
                .update();
    }

    void updateOutcomes(long planId, String outcomes) {
        jdbc.sql("update cp_plan set outcomes = :outcomes, version = version + 1 where id = :id and authority_id = :authority")
                .param("outcomes", outcomes).param("id", planId).param("authority", authority.id())
                .update();
    }

    void insertAction(long planId, String action, String owner, LocalDate due, String username) {
        jdbc.sql("""
                        insert into cp_plan_action (plan_id, action, owner, due_date, recorded_by)
                        values (:planId, :action, :owner, :due, :username)
                        """)
                .param("planId", planId).param("action", action).param("owner", owner).param("due", due).param("username", username)
                .update();
    }

    long insertCoreGroup(long personId, long planId, LocalDate date, String attendees, String progress, String username) {
        return insert("""
                insert into core_group (authority_id, person_id, plan_id, meeting_date, attendees, progress, recorded_by)
                values (:authority, :personId, :planId, :date, :attendees, :progress, :username) returning id
                """, params("personId", personId, "planId", planId, "date", date, "attendees", attendees, "progress", progress,
                "username", username));
    }

    List<StrategyDiscussion> strategyDiscussions(long personId) {
        return jdbc.sql("select * from strategy_discussion where person_id = :personId and authority_id = :authority order by discussion_date desc, id desc")
                .param("personId", personId).param("authority", authority.id())
                .query((r, n) -> new StrategyDiscussion(r.getLong("id"), r.getLong("person_id"), r.getLong("referral_id"),
                        r.getObject("discussion_date", LocalDate.class), r.getString("attendees"), StrategyDecision.valueOf(r.getString("decision")),
                        r.getString("rationale"), r.getLong("version")))
                .list();
    }

    List<Enquiry> enquiries(long personId) {
        return jdbc.sql("select * from s47_enquiry where person_id = :personId and authority_id = :authority order by start_date desc, id desc")
                .param("personId", personId).param("authority", authority.id())
                .query((r, n) -> new Enquiry(r.getLong("id"), r.getLong("person_id"), r.getLong("strategy_discussion_id"),
                        r.getObject("start_date", LocalDate.class), r.getObject("icpc_target_date", LocalDate.class),
                        r.getObject("end_date", LocalDate.class), r.getString("outcome")))
                .list();
    }

    List<Conference> conferences(long personId) {
        return jdbc.sql("select * from cp_conference where person_id = :personId and authority_id = :authority order by conference_date, id")
                .param("personId", personId).param("authority", authority.id())
                .query(ProtectionRepository::mapConference)
                .list();
    }

    /** The child's plans, newest first, each with the count of plans before it. */
    List<CpPlan> plans(long personId, List<Conference> conferences) {
        return jdbc.sql("""
                        select p.*, (select count(*) from cp_plan e where e.person_id = p.person_id and e.start_date < p.start_date) as previous
                        from cp_plan p where p.person_id = :personId and p.authority_id = :authority order by p.start_date desc, p.id desc
                        """)
                .param("personId", personId).param("authority", authority.id())
                .query((r, n) -> mapPlan(r, conferences))
                .list();
    }

    private CpPlan mapPlan(ResultSet r, List<Conference> conferences) throws SQLException {
        var id = r.getLong("id");
        var actions = jdbc.sql("select * from cp_plan_action where plan_id = :id order by due_date, id").param("id", id)
                .query((a, n) -> new PlanAction(a.getLong("id"), a.getString("action"), a.getString("owner"),
                        a.getObject("due_date", LocalDate.class), a.getObject("done_date", LocalDate.class)))
                .list();
        var coreGroups = jdbc.sql("select * from core_group where plan_id = :id order by meeting_date, id").param("id", id)
                .query((g, n) -> new CoreGroup(g.getLong("id"), g.getObject("meeting_date", LocalDate.class), g.getString("attendees"),
                        g.getString("progress")))
                .list();
        var reviews = conferences.stream().filter(c -> !c.initial() && c.planId() != null && c.planId() == id).toList();
        var endReason = r.getString("end_reason");
        return new CpPlan(id, r.getLong("person_id"), r.getLong("referral_id"), r.getObject("start_date", LocalDate.class),
                CategoryOfAbuse.valueOf(r.getString("initial_category")), CategoryOfAbuse.valueOf(r.getString("latest_category")),
                r.getString("outcomes"), r.getObject("end_date", LocalDate.class), endReason == null ? null : PlanEndReason.valueOf(endReason),
                r.getInt("previous"), r.getLong("version"), actions, coreGroups, reviews);
    }

    private static Conference mapConference(ResultSet r, int n) throws SQLException {
        return new Conference(r.getLong("id"), r.getString("kind"), (Long) r.getObject("s47_id"), (Long) r.getObject("plan_id"),
                r.getObject("conference_date", LocalDate.class), r.getString("chair"), r.getString("decision"));
    }

    private static Map<String, Object> params(Object... pairs) {
        var map = new java.util.HashMap<String, Object>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
