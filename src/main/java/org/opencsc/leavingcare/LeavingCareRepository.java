package org.opencsc.leavingcare;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.opencsc.platform.Coded;
import org.opencsc.platform.CurrentAuthority;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class LeavingCareRepository {

    private final JdbcClient jdbc;
    private final CurrentAuthority authority;

    LeavingCareRepository(JdbcClient jdbc, CurrentAuthority authority) {
        this.jdbc = jdbc;
        this.authority = authority;
    }

    List<CareLeaverSupport> supports(long personId) {
        var advisers = jdbc.sql("""
                        select a.support_id, a.adviser, a.from_date from personal_adviser a join care_leaver_support s on s.id = a.support_id
                        where s.person_id = :personId and s.authority_id = :authority order by a.from_date
                        """)
                .param("personId", personId).param("authority", authority.id())
                .query((r, n) -> Map.entry(r.getLong("support_id"), new CareLeaverSupport.Adviser(r.getString("adviser"), r.getObject("from_date", LocalDate.class))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("select * from care_leaver_support where person_id = :personId and authority_id = :authority order by start_date")
                .param("personId", personId).param("authority", authority.id())
                .query((r, n) -> new CareLeaverSupport(r.getLong("id"), r.getObject("start_date", LocalDate.class), r.getObject("end_date", LocalDate.class),
                        r.getString("end_reason") == null ? null : SupportEndReason.valueOf(r.getString("end_reason")),
                        advisers.getOrDefault(r.getLong("id"), List.of()), r.getInt("version")))
                .list();
    }

    long insertSupport(long personId, LocalDate start, String username) {
        return jdbc.sql("""
                        insert into care_leaver_support (authority_id, person_id, start_date, recorded_by)
                        values (:authority, :personId, :start, :username) returning id
                        """)
                .param("authority", authority.id()).param("personId", personId).param("start", start).param("username", username)
                .query(Long.class).single();
    }

    void insertAdviser(long supportId, String adviser, LocalDate from, String username) {
        jdbc.sql("""
                        insert into personal_adviser (authority_id, support_id, adviser, from_date, recorded_by)
                        values (:authority, :supportId, :adviser, :from, :username)
                        """)
                .param("authority", authority.id()).param("supportId", supportId).param("adviser", adviser).param("from", from).param("username", username)
                .update();
    }

    boolean endSupport(long supportId, LocalDate end, SupportEndReason reason, int version) {
        return jdbc.sql("""
                        update care_leaver_support set end_date = :end, end_reason = :reason, version = version + 1
                        where id = :id and authority_id = :authority and version = :version
                        """)
                .param("end", end).param("reason", reason.name()).param("id", supportId).param("authority", authority.id()).param("version", version)
                .update() == 1;
    }

    List<PathwayPlan> pathwayPlans(long personId) {
        return jdbc.sql("select * from pathway_plan where person_id = :personId and authority_id = :authority order by plan_date, id")
                .param("personId", personId).param("authority", authority.id())
                .query((r, n) -> new PathwayPlan(r.getLong("id"), r.getObject("plan_date", LocalDate.class), r.getString("summary")))
                .list();
    }

    long insertPathwayPlan(long personId, LocalDate date, String summary, String username) {
        return jdbc.sql("""
                        insert into pathway_plan (authority_id, person_id, plan_date, summary, recorded_by)
                        values (:authority, :personId, :date, :summary, :username) returning id
                        """)
                .param("authority", authority.id()).param("personId", personId).param("date", date).param("summary", summary).param("username", username)
                .query(Long.class).single();
    }

    Map<Integer, BirthdayContact.Recorded> contacts(long personId) {
        return jdbc.sql("select * from care_leaver_contact where person_id = :personId and authority_id = :authority")
                .param("personId", personId).param("authority", authority.id())
                .query((r, n) -> Map.entry(r.getInt("age"), new BirthdayContact.Recorded(r.getLong("id"), r.getObject("contact_date", LocalDate.class),
                        Coded.fromCode(InTouch.class, r.getString("in_touch")).orElseThrow(),
                        Coded.fromCode(CareLeaverActivity.class, r.getString("activity")).orElseThrow(),
                        Coded.fromCode(CareLeaverAccommodation.class, r.getString("accommodation")).orElseThrow())))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    long insertContact(long personId, int age, LocalDate date, InTouch inTouch, CareLeaverActivity activity, CareLeaverAccommodation accommodation,
                       String username) {
        return jdbc.sql("""
                        insert into care_leaver_contact (authority_id, person_id, age, contact_date, in_touch, activity, accommodation, recorded_by)
                        values (:authority, :personId, :age, :date, :inTouch, :activity, :accommodation, :username) returning id
                        """)
                .param("authority", authority.id()).param("personId", personId).param("age", age).param("date", date)
                .param("inTouch", inTouch.code()).param("activity", activity.code()).param("accommodation", accommodation.code())
                .param("username", username)
                .query(Long.class).single();
    }
}
