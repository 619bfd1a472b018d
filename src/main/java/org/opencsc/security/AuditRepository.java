package org.opencsc.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.opencsc.platform.ClockZone;
import org.opencsc.platform.CurrentAuthority;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AuditRepository {

    private final JdbcClient jdbc;
    private final CurrentAuthority authority;

    AuditRepository(JdbcClient jdbc, CurrentAuthority authority) {
        this.jdbc = jdbc;
        this.authority = authority;
    }

    void append(String username, AuditAction action, Long personId, String detail, String remoteAddress, String requestPath) {
        jdbc.sql("""
                        insert into audit_event (authority_id, username, action, person_id, detail, remote_address, request_path)
                        values (:authority, :username, :action, :personId, :detail, :remoteAddress, :requestPath)
                        """)
                .param("authority", authority.id())
                .param("username", username)
                .param("action", action.name())
                .param("personId", personId)
                .param("detail", truncate(detail, 500))
                .param("remoteAddress", truncate(remoteAddress, 64))
                .param("requestPath", truncate(requestPath, 300))
                .update();
    }

    /** One row for a list of children: who saw it, which list, and the ids of the children it showed. */
    void appendList(String username, String detail, java.util.List<Long> shownPersonIds, String remoteAddress, String requestPath) {
        jdbc.sql("""
                        insert into audit_event (authority_id, username, action, person_id, detail, remote_address, request_path,
                                                 shown_person_ids)
                        values (:authority, :username, :action, null, :detail, :remoteAddress, :requestPath,
                                cast(:shown as bigint[]))
                        """)
                .param("authority", authority.id())
                .param("username", username)
                .param("action", AuditAction.LIST.name())
                .param("detail", truncate(detail, 500))
                .param("remoteAddress", truncate(remoteAddress, 64))
                .param("requestPath", truncate(requestPath, 300))
                .param("shown", shownPersonIds.stream().map(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(",", "{", "}")))
                .update();
    }

    /**
     * Newest first; one more row than a page is fetched so the caller knows whether there is a
     * next page. The name of a restricted person is given only to a reader named on the record:
     * an auditor sees that someone looked at record 123, not who the child is.
     */
    List<AuditEntry> find(AuditQuery query, long reader) {
        return jdbc.sql("""
                        select a.id, a.occurred_at, a.username, a.action, a.person_id,
                               case when not p.restricted or exists (select 1 from record_access ra
                                         where ra.person_id = p.id and ra.user_id = :reader)
                                    then p.given_name || ' ' || p.family_name end as person_name,
                               a.detail, a.remote_address, a.request_path
                        from audit_event a left join person p on p.id = a.person_id
                        where a.authority_id = :authority
                          and (cast(:username as text) is null or lower(a.username) = lower(:username))
                          and (cast(:personId as bigint) is null or a.person_id = :personId)
                          and (cast(:action as text) is null or a.action = :action)
                          and (cast(:from as date) is null or a.occurred_at >= cast(:from as date) at time zone :zone)
                          and (cast(:to as date) is null or a.occurred_at < (cast(:to as date) + 1) at time zone :zone)
                        order by a.occurred_at desc, a.id desc
                        limit :limit offset :offset
                        """)
                .param("authority", authority.id())
                .param("reader", reader)
                .param("username", blankToNull(query.username()))
                .param("personId", query.personId())
                .param("action", query.action() == null ? null : query.action().name())
                .param("from", query.from())
                .param("to", query.to())
                .param("zone", ClockZone.UK.getId())
                .param("limit", AuditQuery.PAGE_SIZE + 1)
                .param("offset", query.offset())
                .query(AuditRepository::map)
                .list();
    }

    private static AuditEntry map(ResultSet row, int rowNum) throws SQLException {
        return new AuditEntry(
                row.getLong("id"),
                row.getTimestamp("occurred_at").toInstant(),
                row.getString("username"),
                AuditAction.valueOf(row.getString("action")),
                row.getObject("person_id", Long.class),
                row.getString("person_name"),
                row.getString("detail"),
                row.getString("remote_address"),
                row.getString("request_path"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String truncate(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
