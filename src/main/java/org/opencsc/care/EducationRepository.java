package org.opencsc.care;

import java.time.LocalDate;
import java.util.List;
import org.opencsc.care.EducationRecord.PepMeeting;
import org.opencsc.care.EducationRecord.School;
import org.opencsc.platform.CurrentAuthority;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EducationRepository {

    private final JdbcClient jdbc;
    private final CurrentAuthority authority;

    EducationRepository(JdbcClient jdbc, CurrentAuthority authority) {
        this.jdbc = jdbc;
        this.authority = authority;
    }

    long insertSchool(long personId, String name, String urn, LocalDate from, LocalDate to, String username) {
        return jdbc.sql("""
                        insert into school_attendance (authority_id, person_id, school_name, urn, from_date, to_date, recorded_by)
                        values (:authority, :personId, :name, :urn, :from, :to, :username) returning id
                        """)
                .param("authority", authority.id()).param("personId", personId).param("name", name).param("urn", urn)
                .param("from", from).param("to", to).param("username", username)
                .query(Long.class).single();
    }

    /** The child left a school the day before starting at the next one. */
    void leaveSchool(long schoolId, LocalDate lastDay) {
        jdbc.sql("update school_attendance set to_date = :lastDay where id = :id and authority_id = :authority and to_date is null")
                .param("lastDay", lastDay).param("id", schoolId).param("authority", authority.id())
                .update();
    }

    long insertPep(long personId, LocalDate date, String school, String targets, String username) {
        return jdbc.sql("""
                        insert into pep_meeting (authority_id, person_id, meeting_date, school, targets, recorded_by)
                        values (:authority, :personId, :date, :school, :targets, :username) returning id
                        """)
                .param("authority", authority.id()).param("personId", personId).param("date", date).param("school", school)
                .param("targets", targets).param("username", username)
                .query(Long.class).single();
    }

    List<School> schools(long personId) {
        return jdbc.sql("""
                        select * from school_attendance where person_id = :personId and authority_id = :authority
                        order by from_date desc, id desc
                        """)
                .param("personId", personId).param("authority", authority.id())
                .query((r, n) -> new School(r.getLong("id"), r.getLong("person_id"), r.getString("school_name"), r.getString("urn"),
                        r.getObject("from_date", LocalDate.class), r.getObject("to_date", LocalDate.class)))
                .list();
    }

    List<PepMeeting> peps(long personId) {
        return jdbc.sql("select * from pep_meeting where person_id = :personId and authority_id = :authority order by meeting_date desc, id desc")
                .param("personId", personId).param("authority", authority.id())
                .query((r, n) -> new PepMeeting(r.getLong("id"), r.getLong("person_id"), r.getObject("meeting_date", LocalDate.class),
                        r.getString("school"), r.getString("targets")))
                .list();
    }
}
