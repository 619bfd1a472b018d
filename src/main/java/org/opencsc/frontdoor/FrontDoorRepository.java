package org.opencsc.frontdoor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.opencsc.platform.Coded;
import org.opencsc.platform.CurrentAuthority;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FrontDoorRepository {

    private final JdbcClient jdbc;
    private final CurrentAuthority authority;

    FrontDoorRepository(JdbcClient jdbc, CurrentAuthority authority) {
        this.jdbc = jdbc;
        this.authority = authority;
    }

    long insertContact(long personId, LocalDate date, ReferralSource source, String reason, String username) {
        return jdbc.sql("""
                        insert into contact (authority_id, person_id, contact_date, source, reason, recorded_by)
                        values (:authority, :personId, :date, :source, :reason, :username) returning id
                        """)
                .param("authority", authority.id())
                .param("personId", personId)
                .param("date", date)
                .param("source", source.code())
                .param("reason", reason)
                .param("username", username)
                .query(Long.class)
                .single();
    }

    void decide(long contactId, LocalDate date, MashDecision decision, String reason, Long referralId, String username) {
        jdbc.sql("""
                        update contact set decision_date = :date, decision = :decision, decision_reason = :reason,
                            decided_by = :username, referral_id = :referralId, version = version + 1
                        where id = :id and authority_id = :authority
                        """)
                .param("date", date)
                .param("decision", decision.name())
                .param("reason", reason)
                .param("username", username)
                .param("referralId", referralId)
                .param("id", contactId)
                .param("authority", authority.id())
                .update();
    }

    Optional<Contact> contact(long personId, long contactId) {
        return jdbc.sql("select * from contact where id = :id and person_id = :personId and authority_id = :authority")
                .param("id", contactId)
                .param("personId", personId)
                .param("authority", authority.id())
                .query(FrontDoorRepository::mapContact)
                .optional();
    }

    List<Contact> contacts(long personId) {
        return jdbc.sql("select * from contact where person_id = :personId and authority_id = :authority order by contact_date desc, id desc")
                .param("personId", personId)
                .param("authority", authority.id())
                .query(FrontDoorRepository::mapContact)
                .list();
    }

    /** Contacts still waiting for a MASH+ decision, oldest first: the front door's queue. */
    List<Contact> awaitingDecision(int limit) {
        return jdbc.sql("select * from contact where decision is null and authority_id = :authority order by contact_date, id limit :limit")
                .param("authority", authority.id())
                .param("limit", limit)
                .query(FrontDoorRepository::mapContact)
                .list();
    }

    long insertReferral(long personId, Long contactId, LocalDate date, ReferralSource source, PrimaryNeed need, boolean reReferral,
                        Long previousId, String username) {
        return jdbc.sql("""
                        insert into referral (authority_id, person_id, contact_id, referral_date, source, primary_need, re_referral,
                                              previous_referral_id, recorded_by)
                        values (:authority, :personId, :contactId, :date, :source, :need, :reReferral, :previousId, :username)
                        returning id
                        """)
                .param("authority", authority.id())
                .param("personId", personId)
                .param("contactId", contactId)
                .param("date", date)
                .param("source", source.code())
                .param("need", need == null ? null : need.code())
                .param("reReferral", reReferral)
                .param("previousId", previousId)
                .param("username", username)
                .query(Long.class)
                .single();
    }

    void close(long referralId, LocalDate date, ClosureReason reason, boolean nfa) {
        jdbc.sql("""
                        update referral set closure_date = :date, closure_reason = :reason, nfa = :nfa, version = version + 1
                        where id = :id and authority_id = :authority
                        """)
                .param("date", date)
                .param("reason", reason.code())
                .param("nfa", nfa)
                .param("id", referralId)
                .param("authority", authority.id())
                .update();
    }

    List<Referral> referrals(long personId) {
        return jdbc.sql("select * from referral where person_id = :personId and authority_id = :authority order by referral_date desc, id desc")
                .param("personId", personId)
                .param("authority", authority.id())
                .query(FrontDoorRepository::mapReferral)
                .list();
    }

    private static Contact mapContact(ResultSet row, int n) throws SQLException {
        var decision = row.getString("decision");
        return new Contact(row.getLong("id"), row.getLong("person_id"), row.getObject("contact_date", LocalDate.class),
                Coded.fromCode(ReferralSource.class, row.getString("source")).orElseThrow(), row.getString("reason"),
                row.getObject("decision_date", LocalDate.class), decision == null ? null : MashDecision.valueOf(decision),
                row.getString("decision_reason"), row.getString("decided_by"), (Long) row.getObject("referral_id"),
                row.getString("recorded_by"));
    }

    private static Referral mapReferral(ResultSet row, int n) throws SQLException {
        return new Referral(row.getLong("id"), row.getLong("person_id"), (Long) row.getObject("contact_id"),
                row.getObject("referral_date", LocalDate.class), Coded.fromCode(ReferralSource.class, row.getString("source")).orElseThrow(),
                Coded.fromCode(PrimaryNeed.class, row.getString("primary_need")).orElse(null), row.getBoolean("re_referral"),
                (Long) row.getObject("previous_referral_id"), row.getBoolean("nfa"), row.getObject("closure_date", LocalDate.class),
                Coded.fromCode(ClosureReason.class, row.getString("closure_reason")).orElse(null), row.getString("recorded_by"));
    }
}
