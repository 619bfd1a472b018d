package org.opencsc.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.opencsc.platform.Coded;
import org.opencsc.platform.CurrentAuthority;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AssessmentRepository {

    private final JdbcClient jdbc;
    private final CurrentAuthority authority;

    AssessmentRepository(JdbcClient jdbc, CurrentAuthority authority) {
        this.jdbc = jdbc;
        this.authority = authority;
    }

    long insert(long personId, long referralId, LocalDate startDate, String username) {
        return jdbc.sql("""
                        insert into assessment (authority_id, person_id, referral_id, start_date, recorded_by)
                        values (:authority, :personId, :referralId, :startDate, :username) returning id
                        """)
                .param("authority", authority.id())
                .param("personId", personId)
                .param("referralId", referralId)
                .param("startDate", startDate)
                .param("username", username)
                .query(Long.class)
                .single();
    }

    /** Saves the content if nobody else has since; false when the version has moved on. */
    boolean update(long id, long version, LocalDate childSeen, Boolean seenAlone, List<Factor> factors, String summary,
                   AssessmentOutcome outcome, LocalDate submittedDate, String submittedBy) {
        return jdbc.sql("""
                        update assessment set child_seen_date = :childSeen, seen_alone = :seenAlone, factors = :factors,
                            summary = :summary, outcome = :outcome, submitted_date = :submittedDate, submitted_by = :submittedBy,
                            version = version + 1
                        where id = :id and version = :version and authorised_date is null and authority_id = :authority
                        """)
                .param("childSeen", childSeen)
                .param("seenAlone", seenAlone)
                .param("factors", factors.stream().map(Factor::code).toArray(String[]::new))
                .param("summary", summary)
                .param("outcome", outcome == null ? null : outcome.code())
                .param("submittedDate", submittedDate)
                .param("submittedBy", submittedBy)
                .param("id", id)
                .param("version", version)
                .param("authority", authority.id())
                .update() == 1;
    }

    void authorise(long id, LocalDate date, String username) {
        jdbc.sql("""
                        update assessment set authorised_date = :date, authorised_by = :username, version = version + 1
                        where id = :id and authority_id = :authority
                        """)
                .param("date", date)
                .param("username", username)
                .param("id", id)
                .param("authority", authority.id())
                .update();
    }

    Optional<Assessment> find(long personId, long id) {
        return jdbc.sql("select * from assessment where id = :id and person_id = :personId and authority_id = :authority")
                .param("id", id)
                .param("personId", personId)
                .param("authority", authority.id())
                .query(AssessmentRepository::map)
                .optional();
    }

    List<Assessment> forPerson(long personId) {
        return jdbc.sql("select * from assessment where person_id = :personId and authority_id = :authority order by start_date desc, id desc")
                .param("personId", personId)
                .param("authority", authority.id())
                .query(AssessmentRepository::map)
                .list();
    }

    List<Assessment> awaitingAuthorisation(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select * from assessment where submitted_date is not null and authorised_date is null
                        and person_id = any(:ids) order by submitted_date, id
                        """)
                .param("ids", personIds.toArray(Long[]::new))
                .query(AssessmentRepository::map)
                .list();
    }

    private static Assessment map(ResultSet row, int n) throws SQLException {
        var codes = (String[]) row.getArray("factors").getArray();
        var outcome = row.getString("outcome");
        return new Assessment(row.getLong("id"), row.getLong("person_id"), row.getLong("referral_id"),
                row.getObject("start_date", LocalDate.class), row.getObject("child_seen_date", LocalDate.class),
                (Boolean) row.getObject("seen_alone"),
                Arrays.stream(codes).map(code -> Coded.fromCode(Factor.class, code).orElseThrow()).toList(),
                row.getString("summary"), outcome == null ? null : AssessmentOutcome.valueOf(outcome),
                row.getObject("submitted_date", LocalDate.class), row.getString("submitted_by"),
                row.getObject("authorised_date", LocalDate.class), row.getString("authorised_by"), row.getLong("version"));
    }
}
