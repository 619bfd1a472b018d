package org.opencsc.child;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.opencsc.platform.Coded;
import org.opencsc.platform.CurrentAuthority;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * People on the record. Every read takes the reader's id: a restricted record is returned
 * only to the users named on it, so a caller cannot forget the check.
 */
@Repository
class PersonRepository {

    private static final String VISIBLE = org.opencsc.security.RecordVisibility.visibleTo("p") + "\n";

    private final JdbcClient jdbc;
    private final CurrentAuthority authority;

    PersonRepository(JdbcClient jdbc, CurrentAuthority authority) {
        this.jdbc = jdbc;
        this.authority = authority;
    }

    long insert(PersonDetails details, String username) {
        long id = jdbc.sql("""
                        insert into person (authority_id, kind, la_child_id, upn, former_upn, upn_unknown_reason, nhs_number,
                            given_name, middle_names, family_name, date_of_birth, expected_date_of_birth, sex, gender_identity,
                            ethnicity, first_language, religion, immigration_status, uasc, created_by, updated_by)
                        values (:authority, :kind, :laChildId, :upn, :formerUpn, :upnUnknownReason, :nhsNumber,
                            :givenName, :middleNames, :familyName, :dateOfBirth, :expectedDateOfBirth, :sex, :genderIdentity,
                            :ethnicity, :firstLanguage, :religion, :immigrationStatus, :uasc, :username, :username)
                        returning id
                        """)
                .params(detailParameters(details))
                .param("authority", authority.id())
                .param("username", username)
                .query(Long.class)
                .single();
        if (details.laChildId() == null) {
            jdbc.sql("update person set la_child_id = :laChildId where id = :id")
                    .param("laChildId", LaChildId.forRecord(id))
                    .param("id", id)
                    .update();
        }
        replaceDisabilities(id, details.disabilities());
        return id;
    }

    /** Writes the details if nobody has changed the record since {@code expectedVersion}. */
    boolean update(long id, PersonDetails details, int expectedVersion, String username) {
        int rows = jdbc.sql("""
                        update person set kind = :kind, la_child_id = coalesce(:laChildId, la_child_id), upn = :upn,
                            former_upn = :formerUpn, upn_unknown_reason = :upnUnknownReason, nhs_number = :nhsNumber,
                            given_name = :givenName, middle_names = :middleNames, family_name = :familyName,
                            date_of_birth = :dateOfBirth, expected_date_of_birth = :expectedDateOfBirth, sex = :sex,
                            gender_identity = :genderIdentity, ethnicity = :ethnicity, first_language = :firstLanguage,
                            religion = :religion, immigration_status = :immigrationStatus, uasc = :uasc,
                            version = version + 1, updated_at = now(), updated_by = :username
                        where id = :id and authority_id = :authority and version = :version
                        """)
                .params(detailParameters(details))
                .param("id", id)
                .param("authority", authority.id())
                .param("version", expectedVersion)
                .param("username", username)
                .update();
        if (rows == 1) {
            replaceDisabilities(id, details.disabilities());
        }
        return rows == 1;
    }

    Optional<Person> findVisible(long id, long reader) {
        return jdbc.sql("""
                        select p.*, (select coalesce(string_agg(d.code, ',' order by d.code), '') from person_disability d
                                     where d.person_id = p.id) as disability_codes
                        from person p
                        where p.id = :id and p.authority_id = :authority and
                        """ + VISIBLE)
                .param("id", id)
                .param("authority", authority.id())
                .param("reader", reader)
                .query(PersonRepository::mapPerson)
                .optional();
    }

    /** True when the record exists but is restricted from this reader: the refusal is audited. */
    boolean isHiddenFrom(long id, long reader) {
        return jdbc.sql("select count(*) from person p where p.id = :id and p.authority_id = :authority and not " + VISIBLE)
                .param("id", id)
                .param("authority", authority.id())
                .param("reader", reader)
                .query(Long.class)
                .single() > 0;
    }

    List<PersonSummary> search(ChildSearch search, long reader) {
        return searchWhere(search, reader, VISIBLE, PersonRepository::mapSummary, ChildSearch.PAGE_SIZE + 1, search.offset());
    }

    /**
     * The restricted records the search words match that this reader may not see (never shown
     * to them): the audit log keeps them with the search, so that only readers who may see them
     * see the words typed.
     */
    List<Long> restrictedMatches(ChildSearch search, long reader, int limit) {
        return searchWhere(search, reader, "not " + VISIBLE, (row, n) -> row.getLong("id"), limit, 0);
    }

    private <T> List<T> searchWhere(ChildSearch search, long reader, String visibility,
                                    org.springframework.jdbc.core.RowMapper<T> mapper, int limit, int offset) {
        var sql = new StringBuilder("""
                select p.id, p.kind, p.la_child_id, p.given_name, p.family_name, p.date_of_birth, p.expected_date_of_birth,
                       p.case_status, p.restricted,
                       (select a.postcode from address a where a.person_id = p.id and a.end_date is null
                        order by a.start_date desc, a.id desc limit 1) as postcode,
                       (select u.display_name from allocation al join staff_user u on u.id = al.worker_id
                        where al.person_id = p.id and al.end_date is null order by al.start_date desc, al.id desc limit 1) as worker
                from person p
                where p.authority_id = :authority and
                """).append(visibility);
        var parameters = new java.util.HashMap<String, Object>();
        for (int i = 0; i < search.nameWords().size(); i++) {
            var name = "word" + i;
            sql.append("""
                     and p.id in (select n.id from person n
                                  where search_fold(n.given_name || ' ' || coalesce(n.middle_names, '') || ' ' || n.family_name) like '%%' || search_fold(:%1$s) || '%%'
                                  union
                                  select o.person_id from person_other_name o
                                  where search_fold(o.given_name || ' ' || o.family_name) like '%%' || search_fold(:%1$s) || '%%')
                    """.formatted(name));
            parameters.put(name, likeEscape(search.nameWords().get(i)));
        }
        if (search.dateOfBirth() != null) {
            sql.append(" and (p.date_of_birth = :dob or p.expected_date_of_birth = :dob)");
            parameters.put("dob", search.dateOfBirth());
        }
        if (search.identifier() != null) {
            // LA child IDs are stored in capitals so that this stays an index look-up.
            sql.append(" and (p.la_child_id = :identifier or p.id = :recordNumber)");
            parameters.put("identifier", search.identifier().toUpperCase(java.util.Locale.ROOT));
            parameters.put("recordNumber", search.identifier().matches("\\d{1,18}") ? Long.parseLong(search.identifier()) : -1L);
        }
        if (search.upn() != null) {
            sql.append(" and (p.upn = :upn or p.former_upn = :upn)");
            parameters.put("upn", search.upn());
        }
        if (search.nhsNumber() != null) {
            sql.append(" and p.nhs_number = :nhs");
            parameters.put("nhs", search.nhsNumber());
        }
        if (search.postcode() != null) {
            // A range on the pattern index rather than LIKE 'X%': LIKE with a bound parameter stops
            // using the index once the driver switches to a generic plan.
            sql.append(" and p.id in (select a.person_id from address a where replace(upper(a.postcode), ' ', '') ~>=~ :postcodeFrom"
                    + " and replace(upper(a.postcode), ' ', '') ~<~ :postcodeTo)");
            parameters.put("postcodeFrom", search.postcode());
            parameters.put("postcodeTo", search.postcode().substring(0, search.postcode().length() - 1)
                    + (char) (search.postcode().charAt(search.postcode().length() - 1) + 1));
        }
        sql.append(" order by p.family_name, p.given_name, p.date_of_birth, p.id limit :limit offset :offset");
        parameters.put("authority", authority.id());
        parameters.put("reader", reader);
        parameters.put("limit", limit);
        parameters.put("offset", offset);
        return jdbc.sql(sql.toString()).params(parameters).query(mapper).list();
    }

    /** Open allocations to a worker, or to a team (with or without a worker), that the reader may see. */
    List<CaseloadEntry> caseload(String allocatedTo, long holderId, long reader) {
        return caseloadWhere("al." + allocatedTo + " = :holder", java.util.Map.of("holder", holderId), reader);
    }

    /** A team's open allocations still waiting for a worker. */
    List<CaseloadEntry> unallocated(long teamId, long reader) {
        return caseloadWhere("al.team_id = :team and al.worker_id is null", java.util.Map.of("team", teamId), reader);
    }

    /** The open allocations of these children to a team. */
    List<CaseloadEntry> caseloadOf(long teamId, java.util.Collection<Long> personIds, long reader) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return caseloadWhere("al.team_id = :team and al.person_id = any(:ids)",
                java.util.Map.of("team", teamId, "ids", personIds.toArray(Long[]::new)), reader);
    }

    /** These children, allocated or not (team 0 and no worker when not), leaving out those the reader may not see. */
    List<CaseloadEntry> caseloadOfAnyone(java.util.Collection<Long> personIds, long reader) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return caseloadWhere("p.id = any(:ids)", java.util.Map.of("ids", personIds.toArray(Long[]::new)), reader);
    }

    /** Just the ids of the children a team holds that the reader may see: for lists built a page at a time. */
    List<Long> teamMembers(long teamId, long reader) {
        return jdbc.sql("""
                        select al.person_id from allocation al join person p on p.id = al.person_id
                        where al.end_date is null and al.team_id = :team and p.authority_id = :authority and %s
                        """.formatted(VISIBLE))
                .param("team", teamId)
                .param("authority", authority.id())
                .param("reader", reader)
                .query(Long.class)
                .list();
    }

    private List<CaseloadEntry> caseloadWhere(String where, java.util.Map<String, ?> params, long reader) {
        return jdbc.sql("""
                        select p.id, p.la_child_id, p.given_name, p.family_name, p.date_of_birth, p.case_status,
                               al.team_id, t.name as team_name, al.worker_id, u.display_name as worker_name, al.start_date
                        from person p
                        left join allocation al on al.person_id = p.id and al.end_date is null
                        left join team t on t.id = al.team_id
                        left join staff_user u on u.id = al.worker_id
                        where p.authority_id = :authority and %s and %s
                        order by p.family_name, p.given_name, p.id
                        """.formatted(where, VISIBLE))
                .params(params)
                .param("authority", authority.id())
                .param("reader", reader)
                .query((row, n) -> new CaseloadEntry(row.getLong("id"), row.getString("la_child_id"), row.getString("given_name"),
                        row.getString("family_name"), row.getObject("date_of_birth", java.time.LocalDate.class),
                        CaseStatus.valueOf(row.getString("case_status")), row.getLong("team_id"), row.getString("team_name"),
                        (Long) row.getObject("worker_id"), row.getString("worker_name"),
                        row.getObject("start_date", java.time.LocalDate.class)))
                .list();
    }

    java.util.Map<Long, java.time.LocalDate> datesOfBirth(java.util.Collection<Long> ids) {
        var dates = new java.util.HashMap<Long, java.time.LocalDate>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, date_of_birth from person where id = any(:ids) and authority_id = :authority and date_of_birth is not null")
                    .param("ids", ids.toArray(Long[]::new)).param("authority", authority.id())
                    .query(row -> {
                        dates.put(row.getLong("id"), row.getObject("date_of_birth", java.time.LocalDate.class));
                    });
        }
        return dates;
    }

    java.util.Set<Long> visibleAmong(java.util.Collection<Long> ids, long reader) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("select p.id from person p where p.id = any(:ids) and p.authority_id = :authority and " + VISIBLE)
                .param("ids", ids.toArray(Long[]::new))
                .param("authority", authority.id())
                .param("reader", reader)
                .query(Long.class)
                .list());
    }

    void updateCaseStatus(long id, CaseStatus status) {
        jdbc.sql("update person set case_status = :status where id = :id and authority_id = :authority")
                .param("status", status.name())
                .param("id", id)
                .param("authority", authority.id())
                .update();
    }

    void restrict(long id, String reason, String username) {
        jdbc.sql("""
                        update person set restricted = true, restriction_reason = :reason, version = version + 1,
                            updated_at = now(), updated_by = :username
                        where id = :id and authority_id = :authority
                        """)
                .param("reason", reason)
                .param("username", username)
                .param("id", id)
                .param("authority", authority.id())
                .update();
    }

    void grantAccess(long personId, long userId, String grantedBy) {
        jdbc.sql("""
                        insert into record_access (person_id, user_id, granted_by) values (:personId, :userId, :grantedBy)
                        on conflict do nothing
                        """)
                .param("personId", personId)
                .param("userId", userId)
                .param("grantedBy", grantedBy)
                .update();
    }

    List<String> namedUsers(long personId) {
        return jdbc.sql("""
                        select u.display_name from record_access ra join staff_user u on u.id = ra.user_id
                        where ra.person_id = :personId order by u.display_name
                        """)
                .param("personId", personId)
                .query(String.class)
                .list();
    }

    boolean laChildIdTaken(String laChildId, Long exceptId) {
        return jdbc.sql("""
                        select count(*) from person
                        where authority_id = :authority and la_child_id = upper(:laChildId)
                          and (cast(:exceptId as bigint) is null or id <> :exceptId)
                        """)
                .param("authority", authority.id())
                .param("laChildId", laChildId)
                .param("exceptId", exceptId)
                .query(Long.class)
                .single() > 0;
    }

    private void replaceDisabilities(long personId, List<Disability> disabilities) {
        jdbc.sql("delete from person_disability where person_id = :id").param("id", personId).update();
        for (var disability : disabilities) {
            jdbc.sql("insert into person_disability (person_id, code) values (:id, :code)")
                    .param("id", personId)
                    .param("code", disability.code())
                    .update();
        }
    }

    private static java.util.Map<String, Object> detailParameters(PersonDetails d) {
        var values = new java.util.HashMap<String, Object>();
        values.put("kind", d.kind().name());
        values.put("laChildId", d.laChildId());
        values.put("upn", d.upn());
        values.put("formerUpn", d.formerUpn());
        values.put("upnUnknownReason", d.upnUnknownReason() == null ? null : d.upnUnknownReason().code());
        values.put("nhsNumber", d.nhsNumber());
        values.put("givenName", d.givenName());
        values.put("middleNames", d.middleNames());
        values.put("familyName", d.familyName());
        values.put("dateOfBirth", d.dateOfBirth());
        values.put("expectedDateOfBirth", d.expectedDateOfBirth());
        values.put("sex", d.sex().code());
        values.put("genderIdentity", d.genderIdentity());
        values.put("ethnicity", d.ethnicity() == null ? null : d.ethnicity().code());
        values.put("firstLanguage", d.firstLanguage());
        values.put("religion", d.religion());
        values.put("immigrationStatus", d.immigrationStatus());
        values.put("uasc", d.uasc());
        return values;
    }

    private static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Person mapPerson(ResultSet row, int rowNum) throws SQLException {
        var codes = row.getString("disability_codes");
        List<Disability> disabilities = codes == null || codes.isEmpty() ? List.of()
                : java.util.Arrays.stream(codes.split(",")).map(Disability::valueOf).toList();
        return new Person(
                row.getLong("id"),
                PersonKind.valueOf(row.getString("kind")),
                row.getString("la_child_id"),
                row.getString("upn"),
                row.getString("former_upn"),
                Coded.fromCode(UpnUnknownReason.class, row.getString("upn_unknown_reason")).orElse(null),
                row.getString("nhs_number"),
                row.getString("given_name"),
                row.getString("middle_names"),
                row.getString("family_name"),
                row.getObject("date_of_birth", java.time.LocalDate.class),
                row.getObject("expected_date_of_birth", java.time.LocalDate.class),
                row.getObject("date_of_death", java.time.LocalDate.class),
                Sex.valueOf(row.getString("sex")),
                row.getString("gender_identity"),
                Coded.fromCode(Ethnicity.class, row.getString("ethnicity")).orElse(null),
                row.getString("first_language"),
                row.getString("religion"),
                row.getString("immigration_status"),
                row.getBoolean("uasc"),
                disabilities,
                CaseStatus.valueOf(row.getString("case_status")),
                row.getBoolean("restricted"),
                row.getString("restriction_reason"),
                row.getInt("version"),
                row.getTimestamp("updated_at").toInstant(),
                row.getString("updated_by"));
    }

    private static PersonSummary mapSummary(ResultSet row, int rowNum) throws SQLException {
        return new PersonSummary(
                row.getLong("id"),
                PersonKind.valueOf(row.getString("kind")),
                row.getString("la_child_id"),
                row.getString("given_name"),
                row.getString("family_name"),
                row.getObject("date_of_birth", java.time.LocalDate.class),
                row.getObject("expected_date_of_birth", java.time.LocalDate.class),
                CaseStatus.valueOf(row.getString("case_status")),
                row.getString("postcode"),
                row.getString("worker"),
                row.getBoolean("restricted"));
    }
}
