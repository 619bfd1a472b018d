package org.opencsc.child;

import java.time.LocalDate;
import java.util.List;
import org.opencsc.child.RecordParts.Address;
import org.opencsc.child.RecordParts.Allocation;
import org.opencsc.child.RecordParts.Involvement;
import org.opencsc.child.RecordParts.OtherName;
import org.opencsc.child.RecordParts.Relationship;
import org.opencsc.child.RecordParts.WarningNote;
import org.opencsc.platform.CurrentAuthority;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RecordPartsRepository {

    private final JdbcClient jdbc;
    private final CurrentAuthority authority;

    RecordPartsRepository(JdbcClient jdbc, CurrentAuthority authority) {
        this.jdbc = jdbc;
        this.authority = authority;
    }

    List<Address> addresses(long personId) {
        return jdbc.sql("""
                        select id, line1, line2, town, postcode, start_date, end_date from address
                        where person_id = :id order by end_date is not null, start_date desc, id desc
                        """)
                .param("id", personId)
                .query((r, n) -> new Address(r.getLong("id"), r.getString("line1"), r.getString("line2"), r.getString("town"),
                        r.getString("postcode"), date(r, "start_date"), date(r, "end_date")))
                .list();
    }

    /** Both directions: the child's mother appears on the child's record and the child on hers. */
    List<Relationship> relationships(long personId, long reader) {
        return jdbc.sql("""
                        select r.id, o.id as other_id, o.given_name || ' ' || o.family_name as other_name, o.kind as other_kind,
                               o.date_of_birth, r.kind, r.parental_responsibility, r.start_date, r.end_date, r.person_id = :id as forward
                        from relationship r
                        join person o on o.id = case when r.person_id = :id then r.related_person_id else r.person_id end
                        where (r.person_id = :id or r.related_person_id = :id)
                          and """ + org.opencsc.security.RecordVisibility.visibleTo("o") + """
                        order by r.end_date is not null, r.kind, o.date_of_birth
                        """)
                .param("id", personId)
                .param("reader", reader)
                .query((r, n) -> new Relationship(r.getLong("id"), r.getLong("other_id"), r.getString("other_name"),
                        PersonKind.valueOf(r.getString("other_kind")), date(r, "date_of_birth"),
                        RelationshipKind.valueOf(r.getString("kind")), r.getBoolean("parental_responsibility"),
                        date(r, "start_date"), date(r, "end_date"), r.getBoolean("forward")))
                .list();
    }

    List<Involvement> involvements(long personId) {
        return jdbc.sql("""
                        select id, role, name, organisation, phone, email, start_date, end_date from professional_involvement
                        where person_id = :id order by end_date is not null, start_date desc
                        """)
                .param("id", personId)
                .query((r, n) -> new Involvement(r.getLong("id"), r.getString("role"), r.getString("name"), r.getString("organisation"),
                        r.getString("phone"), r.getString("email"), date(r, "start_date"), date(r, "end_date")))
                .list();
    }

    List<Allocation> allocations(long personId) {
        return jdbc.sql("""
                        select a.id, t.name as team, u.display_name as worker, a.start_date, a.end_date
                        from allocation a join team t on t.id = a.team_id left join staff_user u on u.id = a.worker_id
                        where a.person_id = :id order by a.end_date is not null, a.start_date desc, a.id desc
                        """)
                .param("id", personId)
                .query((r, n) -> new Allocation(r.getLong("id"), r.getString("team"), r.getString("worker"),
                        date(r, "start_date"), date(r, "end_date")))
                .list();
    }

    List<WarningNote> warnings(long personId) {
        return jdbc.sql("""
                        select id, category, note, start_date, review_date, end_date, recorded_by from warning_note
                        where person_id = :id order by end_date is not null, start_date desc
                        """)
                .param("id", personId)
                .query((r, n) -> new WarningNote(r.getLong("id"), r.getString("category"), r.getString("note"),
                        date(r, "start_date"), date(r, "review_date"), date(r, "end_date"), r.getString("recorded_by")))
                .list();
    }

    List<OtherName> otherNames(long personId) {
        return jdbc.sql("select id, kind, given_name, family_name from person_other_name where person_id = :id order by id")
                .param("id", personId)
                .query((r, n) -> new OtherName(r.getLong("id"), r.getString("kind"), r.getString("given_name"), r.getString("family_name")))
                .list();
    }

    void addAddress(long personId, String line1, String line2, String town, String postcode, LocalDate startDate, String username) {
        // A new current address ends the one before it on the day the new one starts.
        jdbc.sql("update address set end_date = :start where person_id = :id and end_date is null and start_date <= :start")
                .param("start", startDate)
                .param("id", personId)
                .update();
        jdbc.sql("""
                        insert into address (person_id, line1, line2, town, postcode, start_date, recorded_by)
                        values (:id, :line1, :line2, :town, :postcode, :start, :username)
                        """)
                .param("id", personId)
                .param("line1", line1)
                .param("line2", line2)
                .param("town", town)
                .param("postcode", postcode)
                .param("start", startDate)
                .param("username", username)
                .update();
    }

    void addWarning(long personId, String category, String note, LocalDate startDate, LocalDate reviewDate, String username) {
        jdbc.sql("""
                        insert into warning_note (person_id, category, note, start_date, review_date, recorded_by)
                        values (:id, :category, :note, :start, :review, :username)
                        """)
                .param("id", personId)
                .param("category", category)
                .param("note", note)
                .param("start", startDate)
                .param("review", reviewDate)
                .param("username", username)
                .update();
    }

    void addRelationship(long personId, long relatedPersonId, RelationshipKind kind, boolean parentalResponsibility,
                         LocalDate startDate, String username) {
        jdbc.sql("""
                        insert into relationship (person_id, related_person_id, kind, parental_responsibility, start_date, recorded_by)
                        values (:id, :related, :kind, :pr, :start, :username)
                        """)
                .param("id", personId)
                .param("related", relatedPersonId)
                .param("kind", kind.name())
                .param("pr", parentalResponsibility)
                .param("start", startDate)
                .param("username", username)
                .update();
    }

    void addInvolvement(long personId, String role, String name, String organisation, String phone, String email,
                        LocalDate startDate, String username) {
        jdbc.sql("""
                        insert into professional_involvement (person_id, role, name, organisation, phone, email, start_date, recorded_by)
                        values (:id, :role, :name, :organisation, :phone, :email, :start, :username)
                        """)
                .param("id", personId)
                .param("role", role)
                .param("name", name)
                .param("organisation", organisation)
                .param("phone", phone)
                .param("email", email)
                .param("start", startDate)
                .param("username", username)
                .update();
    }

    void addOtherName(long personId, String kind, String givenName, String familyName) {
        jdbc.sql("insert into person_other_name (person_id, kind, given_name, family_name) values (:id, :kind, :given, :family)")
                .param("id", personId)
                .param("kind", kind)
                .param("given", givenName)
                .param("family", familyName)
                .update();
    }

    /** Ends the current allocation on the day the new one starts, then opens the new one. */
    void allocate(long personId, long teamId, Long workerId, LocalDate startDate, String username) {
        jdbc.sql("update allocation set end_date = :start where person_id = :id and end_date is null")
                .param("start", startDate)
                .param("id", personId)
                .update();
        jdbc.sql("""
                        insert into allocation (person_id, team_id, worker_id, start_date, recorded_by)
                        values (:id, :team, :worker, :start, :username)
                        """)
                .param("id", personId)
                .param("team", teamId)
                .param("worker", workerId)
                .param("start", startDate)
                .param("username", username)
                .update();
    }

    private static LocalDate date(java.sql.ResultSet row, String column) throws java.sql.SQLException {
        return row.getObject(column, LocalDate.class);
    }
}
