package org.opencsc.care;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.opencsc.platform.Coded;
import org.opencsc.platform.CurrentAuthority;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MissingEpisodeRepository {

    private final JdbcClient jdbc;
    private final CurrentAuthority authority;

    MissingEpisodeRepository(JdbcClient jdbc, CurrentAuthority authority) {
        this.jdbc = jdbc;
        this.authority = authority;
    }

    long insert(long personId, MissingKind kind, Instant wentMissing, Instant returned, boolean police, String username) {
        return jdbc.sql("""
                        insert into missing_episode (authority_id, person_id, kind, went_missing_at, returned_at, reported_to_police, recorded_by)
                        values (:authority, :personId, :kind, :missing, :returned, :police, :username) returning id
                        """)
                .param("authority", authority.id()).param("personId", personId).param("kind", kind.code())
                .param("missing", timestamp(wentMissing)).param("returned", timestamp(returned)).param("police", police).param("username", username)
                .query(Long.class).single();
    }

    boolean recordReturn(long id, Instant returned, int version) {
        return jdbc.sql("""
                        update missing_episode set returned_at = :returned, version = version + 1
                        where id = :id and authority_id = :authority and version = :version
                        """)
                .param("returned", timestamp(returned)).param("id", id).param("authority", authority.id()).param("version", version)
                .update() == 1;
    }

    boolean recordInterview(long id, Instant offered, boolean accepted, Instant completed, String by, String findings, int version) {
        return jdbc.sql("""
                        update missing_episode set rhi_offered_at = :offered, rhi_accepted = :accepted, rhi_completed_at = :completed,
                               rhi_by = :by, rhi_findings = :findings, version = version + 1
                        where id = :id and authority_id = :authority and version = :version
                        """)
                .param("offered", timestamp(offered)).param("accepted", accepted).param("completed", timestamp(completed)).param("by", by)
                .param("findings", findings).param("id", id).param("authority", authority.id()).param("version", version)
                .update() == 1;
    }

    List<MissingEpisode> forPerson(long personId) {
        return jdbc.sql("select * from missing_episode where person_id = :personId and authority_id = :authority order by went_missing_at desc, id desc")
                .param("personId", personId).param("authority", authority.id())
                .query(MissingEpisodeRepository::map)
                .list();
    }

    /** Episodes of these children whose return home interview is still to do (not done, not declined), the longest waiting first. */
    List<MissingEpisode> awaitingInterview(java.util.Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select * from missing_episode
                        where authority_id = :authority and returned_at is not null and rhi_completed_at is null
                          and rhi_accepted is distinct from false and person_id = any(:ids)
                        order by returned_at, id
                        """)
                .param("authority", authority.id()).param("ids", personIds.toArray(Long[]::new))
                .query(MissingEpisodeRepository::map)
                .list();
    }

    Optional<MissingEpisode> find(long personId, long id) {
        return jdbc.sql("select * from missing_episode where id = :id and person_id = :personId and authority_id = :authority")
                .param("id", id).param("personId", personId).param("authority", authority.id())
                .query(MissingEpisodeRepository::map)
                .optional();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet r, String column) throws SQLException {
        var value = r.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static MissingEpisode map(ResultSet r, int n) throws SQLException {
        return new MissingEpisode(r.getLong("id"), r.getLong("person_id"), Coded.fromCode(MissingKind.class, r.getString("kind")).orElseThrow(),
                instant(r, "went_missing_at"), instant(r, "returned_at"), r.getBoolean("reported_to_police"), instant(r, "rhi_offered_at"),
                (Boolean) r.getObject("rhi_accepted"), instant(r, "rhi_completed_at"), r.getString("rhi_by"), r.getString("rhi_findings"),
                r.getInt("version"));
    }
}
