package org.opencsc.services;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.opencsc.platform.CurrentAuthority;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ServiceReferralRepository {

    private final JdbcClient jdbc;
    private final CurrentAuthority authority;

    ServiceReferralRepository(JdbcClient jdbc, CurrentAuthority authority) {
        this.jdbc = jdbc;
        this.authority = authority;
    }

    long insert(long personId, SupportService service, String provider, String reason, LocalDate referred, String username) {
        return jdbc.sql("""
                        insert into service_referral (authority_id, person_id, service, provider, reason, referred_date, recorded_by)
                        values (:authority, :personId, :service, :provider, :reason, :referred, :username) returning id
                        """)
                .param("authority", authority.id()).param("personId", personId).param("service", service.name()).param("provider", provider)
                .param("reason", reason).param("referred", referred).param("username", username)
                .query(Long.class).single();
    }

    boolean update(long id, LocalDate decisionDate, Boolean accepted, LocalDate firstSeen, LocalDate closed, int version) {
        return jdbc.sql("""
                        update service_referral set decision_date = :decision, accepted = :accepted, first_seen = :seen, closed_date = :closed,
                               version = version + 1
                        where id = :id and authority_id = :authority and version = :version
                        """)
                .param("decision", decisionDate).param("accepted", accepted).param("seen", firstSeen).param("closed", closed)
                .param("id", id).param("authority", authority.id()).param("version", version)
                .update() == 1;
    }

    List<ServiceReferral> forPerson(long personId) {
        return jdbc.sql("select * from service_referral where person_id = :personId and authority_id = :authority order by referred_date desc, id desc")
                .param("personId", personId).param("authority", authority.id())
                .query(ServiceReferralRepository::map)
                .list();
    }

    Optional<ServiceReferral> find(long personId, long id) {
        return jdbc.sql("select * from service_referral where id = :id and person_id = :personId and authority_id = :authority")
                .param("id", id).param("personId", personId).param("authority", authority.id())
                .query(ServiceReferralRepository::map)
                .optional();
    }

    /** Per service: waiting now and the longest current wait; first seen in the year to {@code today}, their median and longest wait. */
    List<WaitingTime> waitingTimes(LocalDate today) {
        return jdbc.sql("""
                        select service,
                               count(*) filter (where waiting) as waiting_now,
                               (max(:today - referred_date) filter (where waiting))::bigint as longest_current,
                               count(*) filter (where seen_in_year) as seen_in_year,
                               percentile_cont(0.5) within group (order by first_seen - referred_date) filter (where seen_in_year) as median_seen,
                               (max(first_seen - referred_date) filter (where seen_in_year))::bigint as longest_seen
                        from (select service, referred_date, first_seen,
                                     first_seen is null and closed_date is null and accepted is distinct from false as waiting,
                                     first_seen > :today - 365 and first_seen <= :today as seen_in_year
                              from service_referral where authority_id = :authority) r
                        group by service
                        """)
                .param("today", today).param("authority", authority.id())
                .query((r, n) -> new WaitingTime(SupportService.valueOf(r.getString("service")), r.getLong("waiting_now"),
                        (Long) r.getObject("longest_current", Long.class), r.getLong("seen_in_year"),
                        (Double) r.getObject("median_seen", Double.class), (Long) r.getObject("longest_seen", Long.class)))
                .list();
    }

    private static ServiceReferral map(ResultSet r, int n) throws SQLException {
        return new ServiceReferral(r.getLong("id"), r.getLong("person_id"), SupportService.valueOf(r.getString("service")), r.getString("provider"),
                r.getString("reason"), r.getObject("referred_date", LocalDate.class), r.getObject("decision_date", LocalDate.class),
                (Boolean) r.getObject("accepted"), r.getObject("first_seen", LocalDate.class), r.getObject("closed_date", LocalDate.class),
                r.getInt("version"));
    }
}
