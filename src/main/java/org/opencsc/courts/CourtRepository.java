package org.opencsc.courts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencsc.courts.CareProceedings.CourtOrder;
import org.opencsc.courts.CareProceedings.Extension;
import org.opencsc.courts.CareProceedings.Hearing;
import org.opencsc.courts.PreProceedings.CommissionedAssessment;
import org.opencsc.courts.PreProceedings.Meeting;
import org.opencsc.platform.CurrentAuthority;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CourtRepository {

    private final JdbcClient jdbc;
    private final CurrentAuthority authority;

    CourtRepository(JdbcClient jdbc, CurrentAuthority authority) {
        this.jdbc = jdbc;
        this.authority = authority;
    }

    // Pre-proceedings

    long insertPreProceedings(long personId, LocalDate gateway, LocalDate letter, String username) {
        return jdbc.sql("""
                        insert into pre_proceedings (authority_id, person_id, gateway_date, letter_date, recorded_by)
                        values (:authority, :personId, :gateway, :letter, :username) returning id
                        """)
                .param("authority", authority.id()).param("personId", personId).param("gateway", gateway).param("letter", letter)
                .param("username", username).query(Long.class).single();
    }

    void insertMeeting(long preProceedingsId, LocalDate date, boolean represented, String summary, String username) {
        jdbc.sql("""
                        insert into pre_proceedings_meeting (authority_id, pre_proceedings_id, meeting_date, parents_represented, summary, recorded_by)
                        values (:authority, :pp, :date, :represented, :summary, :username)
                        """)
                .param("authority", authority.id()).param("pp", preProceedingsId).param("date", date).param("represented", represented)
                .param("summary", summary).param("username", username).update();
    }

    long insertAssessment(long preProceedingsId, AssessmentKind kind, String subject, LocalDate commissioned, LocalDate due, String username) {
        return jdbc.sql("""
                        insert into pre_proceedings_assessment (authority_id, pre_proceedings_id, kind, subject, commissioned_date, due_date, recorded_by)
                        values (:authority, :pp, :kind, :subject, :commissioned, :due, :username) returning id
                        """)
                .param("authority", authority.id()).param("pp", preProceedingsId).param("kind", kind.name()).param("subject", subject)
                .param("commissioned", commissioned).param("due", due).param("username", username).query(Long.class).single();
    }

    boolean receiveReport(long assessmentId, LocalDate received, int version) {
        return jdbc.sql("""
                        update pre_proceedings_assessment set received_date = :received, version = version + 1
                        where id = :id and authority_id = :authority and version = :version
                        """)
                .param("received", received).param("id", assessmentId).param("authority", authority.id()).param("version", version)
                .update() == 1;
    }

    boolean recordFamilyGroup(long preProceedingsId, boolean offered, LocalDate held, int version) {
        return jdbc.sql("""
                        update pre_proceedings set fgdm_offered = :offered, fgdm_date = :held, version = version + 1
                        where id = :id and authority_id = :authority and version = :version
                        """)
                .param("offered", offered).param("held", held).param("id", preProceedingsId).param("authority", authority.id())
                .param("version", version).update() == 1;
    }

    boolean endPreProceedings(long preProceedingsId, LocalDate end, PreProceedingsDecision decision, int version) {
        return jdbc.sql("""
                        update pre_proceedings set end_date = :end, decision = :decision, version = version + 1
                        where id = :id and authority_id = :authority and version = :version and end_date is null
                        """)
                .param("end", end).param("decision", decision.name()).param("id", preProceedingsId).param("authority", authority.id())
                .param("version", version).update() == 1;
    }

    /** The child's pre-proceedings, newest first. */
    List<PreProceedings> preProceedingsFor(long personId) {
        return preProceedings("person_id = :personId order by letter_date desc, id desc", Map.of("personId", personId));
    }

    Optional<PreProceedings> findPreProceedings(long personId, long id) {
        return preProceedings("person_id = :personId and id = :id", Map.of("personId", personId, "id", id)).stream().findFirst();
    }

    /** Across the authority: every open pre-proceedings, and those that ended on or after a day. */
    List<PreProceedings> preProceedingsOpenOrEndedSince(LocalDate since) {
        return preProceedings("(end_date is null or end_date >= :since) order by letter_date", Map.of("since", since));
    }

    private List<PreProceedings> preProceedings(String where, Map<String, Object> params) {
        var rows = jdbc.sql("select * from pre_proceedings where authority_id = :authority and " + where)
                .params(params).param("authority", authority.id())
                .query((r, n) -> new PreProceedings(r.getLong("id"), r.getLong("person_id"), date(r, "gateway_date"), date(r, "letter_date"),
                        (Boolean) r.getObject("fgdm_offered"), date(r, "fgdm_date"), date(r, "end_date"),
                        r.getString("decision") == null ? null : PreProceedingsDecision.valueOf(r.getString("decision")), r.getInt("version"),
                        List.of(), List.of(), null, null))
                .list();
        var ids = rows.stream().map(PreProceedings::id).toList();
        var meetings = byParent(ids, "select * from pre_proceedings_meeting where authority_id = :authority and pre_proceedings_id in (:ids) order by meeting_date, id",
                "pre_proceedings_id", (r, n) -> new Meeting(r.getLong("id"), date(r, "meeting_date"), r.getBoolean("parents_represented"),
                        r.getString("summary")));
        var assessments = byParent(ids, "select * from pre_proceedings_assessment where authority_id = :authority and pre_proceedings_id in (:ids) order by commissioned_date, id",
                "pre_proceedings_id", (r, n) -> new CommissionedAssessment(r.getLong("id"), AssessmentKind.valueOf(r.getString("kind")),
                        r.getString("subject"), date(r, "commissioned_date"), date(r, "due_date"), date(r, "received_date"), r.getInt("version")));
        return rows.stream().map(p -> new PreProceedings(p.id(), p.personId(), p.gatewayDate(), p.letterDate(), p.fgdmOffered(), p.fgdmDate(),
                p.endDate(), p.decision(), p.version(), meetings.getOrDefault(p.id(), List.of()), assessments.getOrDefault(p.id(), List.of()),
                null, null)).toList();
    }

    // Care proceedings

    long insertProceedings(long personId, ApplicationKind kind, LocalDate issued, String court, String caseNumber, Long preProceedingsId,
                           String username) {
        return jdbc.sql("""
                        insert into care_proceedings (authority_id, person_id, application_kind, issued_date, court, case_number, pre_proceedings_id,
                                                      recorded_by)
                        values (:authority, :personId, :kind, :issued, :court, :caseNumber, :pp, :username) returning id
                        """)
                .param("authority", authority.id()).param("personId", personId).param("kind", kind.name()).param("issued", issued)
                .param("court", court).param("caseNumber", caseNumber).param("pp", preProceedingsId).param("username", username)
                .query(Long.class).single();
    }

    void insertHearing(long proceedingsId, HearingKind kind, LocalDate date, String outcome, String username) {
        jdbc.sql("""
                        insert into court_hearing (authority_id, proceedings_id, kind, hearing_date, outcome, recorded_by)
                        values (:authority, :p, :kind, :date, :outcome, :username)
                        """)
                .param("authority", authority.id()).param("p", proceedingsId).param("kind", kind.name()).param("date", date)
                .param("outcome", outcome).param("username", username).update();
    }

    void insertExtension(long proceedingsId, LocalDate granted, int weeks, String reason, String username) {
        jdbc.sql("""
                        insert into proceedings_extension (authority_id, proceedings_id, granted_date, weeks, reason, recorded_by)
                        values (:authority, :p, :granted, :weeks, :reason, :username)
                        """)
                .param("authority", authority.id()).param("p", proceedingsId).param("granted", granted).param("weeks", weeks)
                .param("reason", reason).param("username", username).update();
    }

    void insertOrder(long proceedingsId, OrderKind kind, LocalDate date, String username) {
        jdbc.sql("""
                        insert into court_order (authority_id, proceedings_id, kind, final, order_date, recorded_by)
                        values (:authority, :p, :kind, :final, :date, :username)
                        """)
                .param("authority", authority.id()).param("p", proceedingsId).param("kind", kind.name()).param("final", kind.concludes())
                .param("date", date).param("username", username).update();
    }

    boolean conclude(long proceedingsId, LocalDate concluded, int version) {
        return jdbc.sql("""
                        update care_proceedings set concluded_date = :concluded, version = version + 1
                        where id = :id and authority_id = :authority and version = :version and concluded_date is null
                        """)
                .param("concluded", concluded).param("id", proceedingsId).param("authority", authority.id()).param("version", version)
                .update() == 1;
    }

    /** The child's applications to court, newest first. */
    List<CareProceedings> proceedingsFor(long personId) {
        return proceedings("person_id = :personId order by issued_date desc, id desc", Map.of("personId", personId));
    }

    Optional<CareProceedings> findProceedings(long personId, long id) {
        return proceedings("person_id = :personId and id = :id", Map.of("personId", personId, "id", id)).stream().findFirst();
    }

    /** Across the authority: every open application, and those concluded on or after a day. */
    List<CareProceedings> proceedingsOpenOrConcludedSince(LocalDate since) {
        return proceedings("(concluded_date is null or concluded_date >= :since) order by issued_date", Map.of("since", since));
    }

    private List<CareProceedings> proceedings(String where, Map<String, Object> params) {
        var rows = jdbc.sql("select * from care_proceedings where authority_id = :authority and " + where)
                .params(params).param("authority", authority.id())
                .query((r, n) -> new CareProceedings(r.getLong("id"), r.getLong("person_id"), ApplicationKind.valueOf(r.getString("application_kind")),
                        date(r, "issued_date"), r.getString("court"), r.getString("case_number"), (Long) r.getObject("pre_proceedings_id", Long.class),
                        date(r, "concluded_date"), r.getInt("version"), List.of(), List.of(), List.of()))
                .list();
        var ids = rows.stream().map(CareProceedings::id).toList();
        var hearings = byParent(ids, "select * from court_hearing where authority_id = :authority and proceedings_id in (:ids) order by hearing_date, id", "proceedings_id",
                (r, n) -> new Hearing(r.getLong("id"), HearingKind.valueOf(r.getString("kind")), date(r, "hearing_date"), r.getString("outcome")));
        var extensions = byParent(ids, "select * from proceedings_extension where authority_id = :authority and proceedings_id in (:ids) order by granted_date, id", "proceedings_id",
                (r, n) -> new Extension(r.getLong("id"), date(r, "granted_date"), r.getInt("weeks"), r.getString("reason")));
        var orders = byParent(ids, "select * from court_order where authority_id = :authority and proceedings_id in (:ids) order by order_date, final, id", "proceedings_id",
                (r, n) -> new CourtOrder(r.getLong("id"), OrderKind.valueOf(r.getString("kind")), date(r, "order_date")));
        return rows.stream().map(p -> new CareProceedings(p.id(), p.personId(), p.kind(), p.issuedDate(), p.court(), p.caseNumber(),
                p.preProceedingsId(), p.concludedDate(), p.version(), hearings.getOrDefault(p.id(), List.of()),
                extensions.getOrDefault(p.id(), List.of()), orders.getOrDefault(p.id(), List.of()))).toList();
    }

    /** Rows of a child table grouped by their parent's id, for the parents given. */
    private <T> Map<Long, List<T>> byParent(Collection<Long> parentIds, String sql, String parentColumn,
                                           org.springframework.jdbc.core.RowMapper<T> mapper) {
        var grouped = new HashMap<Long, List<T>>();
        if (parentIds.isEmpty()) {
            return grouped;
        }
        jdbc.sql(sql).param("ids", parentIds).param("authority", authority.id()).query((ResultSet r) -> {
            grouped.computeIfAbsent(r.getLong(parentColumn), k -> new ArrayList<>()).add(mapper.mapRow(r, 0));
        });
        return grouped;
    }

    private static LocalDate date(ResultSet r, String column) throws SQLException {
        return r.getObject(column, LocalDate.class);
    }
}
