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
        append(username, new Structured(action, personId, detail, null, null, null, null), remoteAddress, requestPath);
    }

    /**
     * A row with its structured facts: the other record it is about, and for a search the words
     * typed, every child they matched and how many were shown.
     */
    record Structured(AuditAction action, Long personId, String detail, AuditSubject about, String searchTerms,
                      Long[] shownPersonIds, Integer resultCount) {

        Structured withDetail(String replaced) {
            return new Structured(action, personId, replaced, about, searchTerms, shownPersonIds, resultCount);
        }
    }

    void append(String username, Structured row, String remoteAddress, String requestPath) {
        jdbc.sql("""
                        insert into audit_event (authority_id, username, action, person_id, detail, remote_address, request_path,
                                                 record_kind, record_id, search_terms, shown_person_ids, result_count)
                        values (:authority, :username, :action, :personId, :detail, :remoteAddress, :requestPath,
                                :recordKind, :recordId, :searchTerms, cast(:shownPersonIds as bigint[]), :resultCount)
                        """)
                .param("authority", authority.id())
                .param("username", username)
                .param("action", row.action().name())
                .param("personId", row.personId())
                .param("detail", truncate(row.detail(), 500))
                .param("remoteAddress", truncate(remoteAddress, 64))
                .param("requestPath", truncate(requestPath, 300))
                .param("recordKind", row.about() == null ? null : row.about().kind().code())
                .param("recordId", row.about() == null ? null : row.about().id())
                .param("searchTerms", truncate(row.searchTerms(), 500))
                .param("shownPersonIds", row.shownPersonIds() == null ? null
                        : java.util.Arrays.stream(row.shownPersonIds()).map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "{", "}")))
                .param("resultCount", row.resultCount())
                .update();
    }

    /** The given, middle and family names of these people, for the guard that keeps names out of the words. */
    List<String> namesOf(Long personId, Long relatedId) {
        if (personId == null && relatedId == null) {
            return List.of();
        }
        return jdbc.sql("""
                        select concat_ws(' ', given_name, middle_names, family_name) from person
                        where id in (:personId, :relatedId)
                        """)
                .param("personId", personId == null ? -1L : personId)
                .param("relatedId", relatedId == null ? -1L : relatedId)
                .query(String.class)
                .list();
    }

    /**
     * Newest first; one more row than a page is fetched so the caller knows whether there is a
     * next page. Names are given at read time through the same restriction rule as every page
     * ({@link RecordVisibility}): the child's and the related person's name only to a reader who
     * may see them; for a restricted child the reader may not see, neither the words nor the
     * related record (an auditor sees that someone looked at record 123, not who the child is or
     * what was done); a search's words and count only to a reader who may see every child the
     * search matched, and to nobody when the matches were not kept.
     */
    List<AuditEntry> find(AuditQuery query, long reader) {
        var childVisible = "(p.id is null or " + RecordVisibility.visibleTo("p") + ")";
        return jdbc.sql("""
                        select a.id, a.occurred_at, a.username, a.action, a.person_id,
                               case when %1$s then p.given_name || ' ' || p.family_name end as person_name,
                               %2$s as child_visible,
                               case when %2$s then a.detail end as detail,
                               case when %2$s then a.record_kind end as record_kind,
                               case when %2$s then a.record_id end as record_id,
                               case when %2$s and %3$s then r.given_name || ' ' || r.family_name end as record_name,
                               a.search_terms is not null as searched_words,
                               case when %2$s and a.shown_person_ids is not null
                                         and not exists (select 1 from person s where s.id = any (a.shown_person_ids) and not %4$s)
                                    then a.search_terms end as search_terms,
                               case when %2$s and a.shown_person_ids is not null
                                         and not exists (select 1 from person s where s.id = any (a.shown_person_ids) and not %4$s)
                                    then a.result_count end as result_count,
                               a.remote_address, a.request_path
                        from audit_event a
                        left join person p on p.id = a.person_id
                        left join person r on a.record_kind = 'person' and r.id = a.record_id
                        where a.authority_id = :authority
                          and (cast(:username as text) is null or lower(a.username) = lower(:username))
                          and (cast(:personId as bigint) is null or a.person_id = :personId
                               or (a.action = 'LIST' and :personId = any(a.shown_person_ids)))
                          and (cast(:action as text) is null or a.action = :action)
                          and (cast(:from as date) is null or a.occurred_at >= cast(:from as date) at time zone :zone)
                          and (cast(:to as date) is null or a.occurred_at < (cast(:to as date) + 1) at time zone :zone)
                        order by a.occurred_at desc, a.id desc
                        limit :limit offset :offset
                        """.formatted(RecordVisibility.visibleTo("p"), childVisible, RecordVisibility.visibleTo("r"),
                        RecordVisibility.visibleTo("s")))
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
                row.getString("request_path"),
                row.getBoolean("child_visible"),
                AuditSubject.Kind.fromCode(row.getString("record_kind")),
                row.getObject("record_id", Long.class),
                row.getString("record_name"),
                row.getBoolean("searched_words"),
                row.getString("search_terms"),
                row.getObject("result_count", Integer.class));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String truncate(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
