package org.opencsc.care;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.opencsc.care.HealthRecord.Assessment;
import org.opencsc.care.HealthRecord.DentalCheck;
import org.opencsc.care.HealthRecord.Immunisations;
import org.opencsc.care.HealthRecord.Sdq;
import org.opencsc.platform.Coded;
import org.opencsc.platform.CurrentAuthority;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class HealthRepository {

    private final JdbcClient jdbc;
    private final CurrentAuthority authority;

    HealthRepository(JdbcClient jdbc, CurrentAuthority authority) {
        this.jdbc = jdbc;
        this.authority = authority;
    }

    long insertAssessment(long personId, HealthAssessmentKind kind, LocalDate date, String assessedBy, String outcome, String username) {
        return jdbc.sql("""
                        insert into health_assessment (authority_id, person_id, kind, assessment_date, assessed_by, outcome, recorded_by)
                        values (:authority, :personId, :kind, :date, :assessedBy, :outcome, :username) returning id
                        """)
                .param("authority", authority.id()).param("personId", personId).param("kind", kind.code()).param("date", date)
                .param("assessedBy", assessedBy).param("outcome", outcome).param("username", username)
                .query(Long.class).single();
    }

    long insertDentalCheck(long personId, LocalDate date, String username) {
        return jdbc.sql("""
                        insert into dental_check (authority_id, person_id, check_date, recorded_by)
                        values (:authority, :personId, :date, :username) returning id
                        """)
                .param("authority", authority.id()).param("personId", personId).param("date", date).param("username", username)
                .query(Long.class).single();
    }

    long insertImmunisations(long personId, LocalDate date, boolean upToDate, String username) {
        return jdbc.sql("""
                        insert into immunisation_status (authority_id, person_id, recorded_date, up_to_date, recorded_by)
                        values (:authority, :personId, :date, :upToDate, :username) returning id
                        """)
                .param("authority", authority.id()).param("personId", personId).param("date", date).param("upToDate", upToDate)
                .param("username", username)
                .query(Long.class).single();
    }

    long insertSdq(long personId, LocalDate date, Integer score, SdqReason reason, String username) {
        return jdbc.sql("""
                        insert into sdq (authority_id, person_id, sdq_date, score, reason, recorded_by)
                        values (:authority, :personId, :date, :score, :reason, :username) returning id
                        """)
                .param("authority", authority.id()).param("personId", personId).param("date", date).param("score", score)
                .param("reason", reason == null ? null : reason.code()).param("username", username)
                .query(Long.class).single();
    }

    List<Assessment> assessments(long personId) {
        return jdbc.sql("""
                        select * from health_assessment where person_id = :personId and authority_id = :authority
                        order by assessment_date desc, id desc
                        """)
                .param("personId", personId).param("authority", authority.id())
                .query(HealthRepository::assessment).list();
    }

    List<DentalCheck> dentalChecks(long personId) {
        return jdbc.sql("select * from dental_check where person_id = :personId and authority_id = :authority order by check_date desc, id desc")
                .param("personId", personId).param("authority", authority.id())
                .query((r, n) -> new DentalCheck(r.getLong("id"), r.getLong("person_id"), r.getObject("check_date", LocalDate.class))).list();
    }

    List<Immunisations> immunisations(long personId) {
        return jdbc.sql("""
                        select * from immunisation_status where person_id = :personId and authority_id = :authority
                        order by recorded_date desc, id desc
                        """)
                .param("personId", personId).param("authority", authority.id())
                .query((r, n) -> new Immunisations(r.getLong("id"), r.getLong("person_id"), r.getObject("recorded_date", LocalDate.class),
                        r.getBoolean("up_to_date")))
                .list();
    }

    List<Sdq> sdqs(long personId) {
        return jdbc.sql("select * from sdq where person_id = :personId and authority_id = :authority order by sdq_date desc, id desc")
                .param("personId", personId).param("authority", authority.id())
                .query((r, n) -> new Sdq(r.getLong("id"), r.getLong("person_id"), r.getObject("sdq_date", LocalDate.class),
                        (Integer) r.getObject("score", Integer.class), Coded.fromCode(SdqReason.class, r.getString("reason")).orElse(null)))
                .list();
    }

    private static Assessment assessment(ResultSet r, int n) throws SQLException {
        return new Assessment(r.getLong("id"), r.getLong("person_id"), Coded.fromCode(HealthAssessmentKind.class, r.getString("kind")).orElseThrow(),
                r.getObject("assessment_date", LocalDate.class), r.getString("assessed_by"), r.getString("outcome"));
    }
}
