package org.opencsc.homeless;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.opencsc.platform.CurrentAuthority;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class HomelessPathwayRepository {

    private final JdbcClient jdbc;
    private final CurrentAuthority authority;

    HomelessPathwayRepository(JdbcClient jdbc, CurrentAuthority authority) {
        this.jdbc = jdbc;
        this.authority = authority;
    }

    long insert(HomelessPathway p, String username) {
        return jdbc.sql("""
                        insert into homeless_pathway (authority_id, person_id, presented_date, presented_time, presented_to, housing_referrer,
                                                      referred_date, emergency_needed, emergency_kind, emergency_date, recorded_by)
                        values (:authority, :personId, :presentedDate, :presentedTime, :presentedTo, :referrer, :referred, :emergency,
                                :emergencyKind, :emergencyDate, :username) returning id
                        """)
                .param("authority", authority.id()).param("personId", p.personId()).param("presentedDate", p.presentedDate())
                .param("presentedTime", p.presentedTime()).param("presentedTo", p.presentedTo().name()).param("referrer", p.housingReferrer())
                .param("referred", p.referredDate()).param("emergency", p.emergencyNeeded()).param("emergencyKind", name(p.emergencyKind()))
                .param("emergencyDate", p.emergencyDate()).param("username", username)
                .query(Long.class).single();
    }

    /** Saves every step at once, so a step and the checks across steps are one change; false when someone else saved first. */
    boolean update(HomelessPathway p) {
        return jdbc.sql("""
                        update homeless_pathway set presented_date = :presentedDate, presented_time = :presentedTime, presented_to = :presentedTo,
                               housing_referrer = :referrer, referred_date = :referred, emergency_needed = :emergency, emergency_kind = :emergencyKind,
                               emergency_date = :emergencyDate, seen_date = :seen, assessment_started = :started, lead_worker = :lead,
                               housing_officer = :officer, advice_date = :advised, advice_by = :adviceBy, s20_decision = :decision,
                               decision_date = :decided, assessment_completed = :completed, outcome = :outcome, housing_decision = :housing,
                               closed_date = :closed, version = version + 1
                        where id = :id and person_id = :personId and authority_id = :authority and version = :version
                        """)
                .param("presentedDate", p.presentedDate()).param("presentedTime", p.presentedTime()).param("presentedTo", p.presentedTo().name())
                .param("referrer", p.housingReferrer()).param("referred", p.referredDate()).param("emergency", p.emergencyNeeded())
                .param("emergencyKind", name(p.emergencyKind())).param("emergencyDate", p.emergencyDate()).param("seen", p.seenDate())
                .param("started", p.assessmentStarted()).param("lead", p.leadWorker()).param("officer", p.housingOfficer())
                .param("advised", p.adviceDate()).param("adviceBy", p.adviceBy()).param("decision", name(p.decision()))
                .param("decided", p.decisionDate()).param("completed", p.assessmentCompleted()).param("outcome", name(p.outcome()))
                .param("housing", name(p.housingDecision())).param("closed", p.closedDate())
                .param("id", p.id()).param("personId", p.personId()).param("authority", authority.id()).param("version", p.version())
                .update() == 1;
    }

    List<HomelessPathway> forPerson(long personId) {
        return jdbc.sql("select * from homeless_pathway where person_id = :personId and authority_id = :authority"
                        + " order by presented_date desc, presented_time desc, id desc")
                .param("personId", personId).param("authority", authority.id())
                .query(HomelessPathwayRepository::map)
                .list();
    }

    Optional<HomelessPathway> find(long personId, long id) {
        return jdbc.sql("select * from homeless_pathway where id = :id and person_id = :personId and authority_id = :authority")
                .param("id", id).param("personId", personId).param("authority", authority.id())
                .query(HomelessPathwayRepository::map)
                .optional();
    }

    /** Every pathway still open, and every one that began on or after a day (the year the figures cover), oldest referral first. */
    List<HomelessPathway> openOrPresentedSince(LocalDate since) {
        return jdbc.sql("""
                        select * from homeless_pathway
                        where authority_id = :authority and (closed_date is null or presented_date >= :since)
                        order by referred_date, id
                        """)
                .param("authority", authority.id()).param("since", since)
                .query(HomelessPathwayRepository::map)
                .list();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static HomelessPathway map(ResultSet r, int n) throws SQLException {
        return new HomelessPathway(r.getLong("id"), r.getLong("person_id"), r.getObject("presented_date", LocalDate.class),
                r.getObject("presented_time", LocalTime.class), value(PresentedTo.class, r.getString("presented_to")), r.getString("housing_referrer"),
                r.getObject("referred_date", LocalDate.class), r.getBoolean("emergency_needed"),
                value(EmergencyAccommodation.class, r.getString("emergency_kind")), r.getObject("emergency_date", LocalDate.class),
                r.getObject("seen_date", LocalDate.class), r.getObject("assessment_started", LocalDate.class), r.getString("lead_worker"),
                r.getString("housing_officer"), r.getObject("advice_date", LocalDate.class), r.getString("advice_by"),
                value(Section20Decision.class, r.getString("s20_decision")), r.getObject("decision_date", LocalDate.class),
                r.getObject("assessment_completed", LocalDate.class), value(PathwayOutcome.class, r.getString("outcome")),
                value(HousingDecision.class, r.getString("housing_decision")), r.getObject("closed_date", LocalDate.class), r.getInt("version"));
    }
}
