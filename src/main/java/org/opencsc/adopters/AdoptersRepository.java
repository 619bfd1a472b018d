package org.opencsc.adopters;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.opencsc.child.Ethnicity;
import org.opencsc.child.Sex;
import org.opencsc.platform.CurrentAuthority;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AdoptersRepository {

    /** The columns of a journey step that a form may set, so that no other text reaches the SQL. */
    enum StepColumn {
        STAGE_ONE_STARTED("stage_one_started_on"),
        STAGE_ONE_ENDED("stage_one_ended_on"),
        APPLICATION("application_on"),
        FOSTERING_FOR_ADOPTION("fostering_for_adoption_on");

        final String column;

        StepColumn(String column) {
            this.column = column;
        }
    }

    private final JdbcClient jdbc;
    private final CurrentAuthority authority;

    AdoptersRepository(JdbcClient jdbc, CurrentAuthority authority) {
        this.jdbc = jdbc;
        this.authority = authority;
    }

    /** Every family of the authority, by name, with its adopters and matches. */
    List<AdoptiveFamily> families() {
        return load("f.authority_id = :authority", Map.of());
    }

    Optional<AdoptiveFamily> family(long id) {
        return load("f.authority_id = :authority and f.id = :id", Map.of("id", id)).stream().findFirst();
    }

    private List<AdoptiveFamily> load(String where, Map<String, Object> params) {
        var adopters = jdbc.sql("select a.* from adopter a join adoptive_family f on f.id = a.family_id where " + where + " order by a.id")
                .param("authority", authority.id()).params(params)
                .query((r, n) -> Map.entry(r.getLong("family_id"), new Adopter(r.getLong("id"), r.getString("given_name"), r.getString("family_name"),
                        Sex.valueOf(r.getString("sex")), Ethnicity.valueOf(r.getString("ethnicity")), AdopterDisability.valueOf(r.getString("disability")))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        var matches = jdbc.sql("select m.* from adopter_match m join adoptive_family f on f.id = m.family_id where " + where
                        + " order by m.matched_on, m.id")
                .param("authority", authority.id()).params(params)
                .query((r, n) -> Map.entry(r.getLong("family_id"), new AdopterMatch(r.getLong("id"), (Long) r.getObject("person_id"), r.getString("child"),
                        r.getObject("matched_on", LocalDate.class), r.getObject("placed_on", LocalDate.class), r.getObject("order_on", LocalDate.class),
                        r.getObject("ended_on", LocalDate.class))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("select f.* from adoptive_family f where " + where + " order by f.name, f.id")
                .param("authority", authority.id()).params(params)
                .query((r, n) -> {
                    var id = r.getLong("id");
                    var fastTrack = r.getString("fast_track");
                    var reason = r.getString("left_reason");
                    return new AdoptiveFamily(id, r.getString("name"), fastTrack == null ? null : FastTrack.valueOf(fastTrack),
                            r.getObject("enquiry_on", LocalDate.class), r.getObject("stage_one_started_on", LocalDate.class),
                            r.getObject("stage_one_ended_on", LocalDate.class), r.getObject("application_on", LocalDate.class),
                            r.getObject("panel_on", LocalDate.class), r.getObject("approved_on", LocalDate.class),
                            r.getObject("fostering_for_adoption_on", LocalDate.class), r.getObject("left_on", LocalDate.class),
                            reason == null ? null : LeavingReason.valueOf(reason), r.getString("left_notes"),
                            adopters.getOrDefault(id, List.of()), matches.getOrDefault(id, List.of()), r.getInt("version"));
                })
                .list();
    }

    long insertFamily(String name, FastTrack fastTrack, LocalDate enquiry, String username) {
        return jdbc.sql("""
                        insert into adoptive_family (authority_id, name, fast_track, enquiry_on, recorded_by)
                        values (:authority, :name, :fastTrack, :enquiry, :username) returning id
                        """)
                .param("authority", authority.id()).param("name", name).param("fastTrack", fastTrack == null ? null : fastTrack.name())
                .param("enquiry", enquiry).param("username", username)
                .query(Long.class).single();
    }

    void insertAdopter(long familyId, String givenName, String familyName, Sex sex, Ethnicity ethnicity, AdopterDisability disability, String username) {
        jdbc.sql("""
                        insert into adopter (authority_id, family_id, given_name, family_name, sex, ethnicity, disability, recorded_by)
                        values (:authority, :family, :givenName, :familyName, :sex, :ethnicity, :disability, :username)
                        """)
                .param("authority", authority.id()).param("family", familyId).param("givenName", givenName).param("familyName", familyName)
                .param("sex", sex.name()).param("ethnicity", ethnicity.name()).param("disability", disability.name()).param("username", username)
                .update();
    }

    /** Marks the family as changed, so that two people changing it at once cannot both succeed. */
    boolean touch(long familyId, int version) {
        return jdbc.sql("update adoptive_family set version = version + 1 where id = :id and authority_id = :authority and version = :version")
                .param("id", familyId).param("authority", authority.id()).param("version", version)
                .update() == 1;
    }

    void recordStep(long familyId, StepColumn step, LocalDate date) {
        jdbc.sql("update adoptive_family set " + step.column + " = :date where id = :id and authority_id = :authority")
                .param("date", date).param("id", familyId).param("authority", authority.id())
                .update();
    }

    void recordApproval(long familyId, LocalDate panel, LocalDate approved) {
        jdbc.sql("update adoptive_family set panel_on = :panel, approved_on = :approved where id = :id and authority_id = :authority")
                .param("panel", panel).param("approved", approved).param("id", familyId).param("authority", authority.id())
                .update();
    }

    void recordLeaving(long familyId, LocalDate left, LeavingReason reason, String notes) {
        jdbc.sql("update adoptive_family set left_on = :left, left_reason = :reason, left_notes = :notes where id = :id and authority_id = :authority")
                .param("left", left).param("reason", reason.name()).param("notes", notes).param("id", familyId).param("authority", authority.id())
                .update();
    }

    long insertMatch(long familyId, long personId, LocalDate matched, String username) {
        return jdbc.sql("""
                        insert into adopter_match (authority_id, family_id, person_id, matched_on, recorded_by)
                        values (:authority, :family, :personId, :matched, :username) returning id
                        """)
                .param("authority", authority.id()).param("family", familyId).param("personId", personId).param("matched", matched)
                .param("username", username)
                .query(Long.class).single();
    }

    /** The columns of a match that the child's side records. */
    enum MatchColumn {
        PLACED("placed_on"),
        ORDER("order_on"),
        ENDED("ended_on");

        final String column;

        MatchColumn(String column) {
            this.column = column;
        }
    }

    void recordOnMatch(long matchId, MatchColumn column, LocalDate date) {
        jdbc.sql("update adopter_match set " + column.column + " = :date where id = :id and authority_id = :authority")
                .param("date", date).param("id", matchId).param("authority", authority.id())
                .update();
    }
}
