package org.opencsc.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.opencsc.platform.CurrentAuthority;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class StaffUserRepository {

    private static final String SELECT = """
            select u.id, u.username, u.display_name, u.email, u.password_hash, u.role, u.team_id,
                   t.name as team_name, u.enabled, u.access_expires_at
            from staff_user u left join team t on t.id = u.team_id
            """;

    private final JdbcClient jdbc;
    private final CurrentAuthority authority;

    StaffUserRepository(JdbcClient jdbc, CurrentAuthority authority) {
        this.jdbc = jdbc;
        this.authority = authority;
    }

    public Optional<StaffUser> findByUsername(String username) {
        return jdbc.sql(SELECT + " where u.authority_id = :authority and lower(u.username) = lower(:username)")
                .param("authority", authority.id())
                .param("username", username)
                .query(StaffUserRepository::map)
                .optional();
    }

    public Optional<StaffUser> findByEmail(String email) {
        return jdbc.sql(SELECT + " where u.authority_id = :authority and lower(u.email) = lower(:email)")
                .param("authority", authority.id())
                .param("email", email)
                .query(StaffUserRepository::map)
                .optional();
    }

    public Optional<StaffUser> findById(long id) {
        return jdbc.sql(SELECT + " where u.authority_id = :authority and u.id = :id")
                .param("authority", authority.id())
                .param("id", id)
                .query(StaffUserRepository::map)
                .optional();
    }

    public long create(String username, String displayName, String email, String passwordHash, Role role, Long teamId, Instant accessExpiresAt) {
        return jdbc.sql("""
                        insert into staff_user (authority_id, username, display_name, email, password_hash, role, team_id, access_expires_at)
                        values (:authority, :username, :displayName, :email, :passwordHash, :role, :teamId, :expires)
                        returning id
                        """)
                .param("authority", authority.id())
                .param("username", username)
                .param("displayName", displayName)
                .param("email", email)
                .param("passwordHash", passwordHash)
                .param("role", role.name())
                .param("teamId", teamId)
                .param("expires", accessExpiresAt == null ? null : java.sql.Timestamp.from(accessExpiresAt))
                .query(Long.class)
                .single();
    }

    public record Team(long id, String name) {
    }

    public List<Team> teams() {
        return jdbc.sql("select id, name from team where authority_id = :authority order by name")
                .param("authority", authority.id())
                .query((row, n) -> new Team(row.getLong("id"), row.getString("name")))
                .list();
    }

    /** Staff who hold cases, labelled with their team so the right person is picked. */
    public List<Team> caseHolders() {
        return jdbc.sql("""
                        select u.id, u.display_name || ' (' || t.name || ')' as label from staff_user u join team t on t.id = u.team_id
                        where u.authority_id = :authority and u.enabled
                          and u.role in ('SOCIAL_WORKER', 'TEAM_MANAGER', 'MASH_WORKER', 'FOSTERING_ADOPTION_WORKER')
                        order by t.name, u.display_name
                        """)
                .param("authority", authority.id())
                .query((row, n) -> new Team(row.getLong("id"), row.getString("label")))
                .list();
    }

    public boolean isMemberOf(long userId, long teamId) {
        return jdbc.sql("select count(*) from staff_user where id = :id and team_id = :team and enabled and authority_id = :authority")
                .param("id", userId)
                .param("team", teamId)
                .param("authority", authority.id())
                .query(Long.class)
                .single() > 0;
    }

    public List<StaffUser> findAll(int limit, int offset) {
        return jdbc.sql(SELECT + " where u.authority_id = :authority order by u.enabled desc, u.display_name limit :limit offset :offset")
                .param("authority", authority.id())
                .param("limit", limit)
                .param("offset", offset)
                .query(StaffUserRepository::map)
                .list();
    }

    public void setEnabled(long id, boolean enabled) {
        jdbc.sql("update staff_user set enabled = :enabled where id = :id and authority_id = :authority")
                .param("enabled", enabled)
                .param("id", id)
                .param("authority", authority.id())
                .update();
    }

    /** What decides, on every request, whether a signed-in account may go on: one primary-key read. */
    public record Standing(boolean enabled, Instant accessExpiresAt, boolean mustChangePassword) {

        public boolean ended(Instant now) {
            return !enabled || accessExpiresAt != null && !now.isBefore(accessExpiresAt);
        }
    }

    public Optional<Standing> standing(long id) {
        return jdbc.sql("select enabled, access_expires_at, must_change_password from staff_user where id = :id")
                .param("id", id)
                .query((row, n) -> {
                    var expires = row.getTimestamp("access_expires_at");
                    return new Standing(row.getBoolean("enabled"), expires == null ? null : expires.toInstant(),
                            row.getBoolean("must_change_password"));
                })
                .optional();
    }

    public void setPassword(long id, String passwordHash, boolean mustChange) {
        jdbc.sql("update staff_user set password_hash = :hash, must_change_password = :mustChange where id = :id and authority_id = :authority")
                .param("hash", passwordHash)
                .param("mustChange", mustChange)
                .param("id", id)
                .param("authority", authority.id())
                .update();
    }

    public long countAll() {
        return jdbc.sql("select count(*) from staff_user where authority_id = :authority")
                .param("authority", authority.id())
                .query(Long.class)
                .single();
    }

    private static StaffUser map(java.sql.ResultSet row, int rowNum) throws java.sql.SQLException {
        var expires = row.getTimestamp("access_expires_at");
        return new StaffUser(
                row.getLong("id"),
                row.getString("username"),
                row.getString("display_name"),
                row.getString("email"),
                row.getString("password_hash"),
                Role.valueOf(row.getString("role")),
                row.getObject("team_id", Long.class),
                row.getString("team_name"),
                row.getBoolean("enabled"),
                expires == null ? null : expires.toInstant());
    }
}
