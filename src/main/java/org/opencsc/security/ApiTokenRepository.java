package org.opencsc.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.opencsc.platform.CurrentAuthority;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ApiTokenRepository {

    private static final String SELECT = """
            select t.id, t.staff_user_id, u.username, t.label, t.created_at, t.created_by, t.expires_at,
                   t.revoked_at, t.revoked_by, t.last_used_at
            from api_token t join staff_user u on u.id = t.staff_user_id
            """;

    /** What a request's token is checked against: its hash and the account behind it. */
    record Presented(long id, String tokenHash, Instant expiresAt, Instant revokedAt, Instant lastUsedAt, long staffUserId) {
    }

    private final JdbcClient jdbc;
    private final CurrentAuthority authority;

    ApiTokenRepository(JdbcClient jdbc, CurrentAuthority authority) {
        this.jdbc = jdbc;
        this.authority = authority;
    }

    long create(long staffUserId, String label, String tokenHash, String createdBy, Instant expiresAt) {
        return jdbc.sql("""
                        insert into api_token (authority_id, staff_user_id, label, token_hash, created_by, expires_at)
                        values (:authority, :user, :label, :hash, :createdBy, :expires)
                        returning id
                        """)
                .param("authority", authority.id())
                .param("user", staffUserId)
                .param("label", label)
                .param("hash", tokenHash)
                .param("createdBy", createdBy)
                .param("expires", Timestamp.from(expiresAt))
                .query(Long.class)
                .single();
    }

    Optional<Presented> findByHash(String tokenHash) {
        return jdbc.sql("""
                        select id, token_hash, expires_at, revoked_at, last_used_at, staff_user_id from api_token
                        where token_hash = :hash and authority_id = :authority
                        """)
                .param("hash", tokenHash)
                .param("authority", authority.id())
                .query((row, n) -> new Presented(row.getLong("id"), row.getString("token_hash"), instant(row, "expires_at"),
                        instant(row, "revoked_at"), instant(row, "last_used_at"), row.getLong("staff_user_id")))
                .optional();
    }

    Optional<ApiToken> findById(long id) {
        return jdbc.sql(SELECT + " where t.id = :id and t.authority_id = :authority")
                .param("id", id)
                .param("authority", authority.id())
                .query(ApiTokenRepository::map)
                .optional();
    }

    /** Newest first: those still in use, then those revoked or expired. */
    List<ApiToken> findAll(Instant now, int limit, int offset) {
        return jdbc.sql(SELECT + """
                         where t.authority_id = :authority
                         order by (t.revoked_at is null and t.expires_at > :now) desc, t.created_at desc, t.id desc
                         limit :limit offset :offset
                        """)
                .param("authority", authority.id())
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .param("offset", offset)
                .query(ApiTokenRepository::map)
                .list();
    }

    boolean revoke(long id, String revokedBy, Instant at) {
        return jdbc.sql("""
                        update api_token set revoked_at = :at, revoked_by = :by
                        where id = :id and authority_id = :authority and revoked_at is null
                        """)
                .param("at", Timestamp.from(at))
                .param("by", revokedBy)
                .param("id", id)
                .param("authority", authority.id())
                .update() == 1;
    }

    /** At most once a minute a token, so that a busy client does not write on every request. */
    void markUsed(long id, Instant at) {
        jdbc.sql("update api_token set last_used_at = :at where id = :id and (last_used_at is null or last_used_at < cast(:at as timestamptz) - interval '1 minute')")
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    private static Instant instant(java.sql.ResultSet row, String column) throws java.sql.SQLException {
        var value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static ApiToken map(java.sql.ResultSet row, int n) throws java.sql.SQLException {
        return new ApiToken(row.getLong("id"), row.getLong("staff_user_id"), row.getString("username"), row.getString("label"),
                instant(row, "created_at"), row.getString("created_by"), instant(row, "expires_at"), instant(row, "revoked_at"),
                row.getString("revoked_by"), instant(row, "last_used_at"));
    }
}
